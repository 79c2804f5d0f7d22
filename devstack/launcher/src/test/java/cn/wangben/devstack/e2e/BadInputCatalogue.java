package cn.wangben.devstack.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * The hostile and malformed inputs of issue #8, one row each (docs/reliability.md, "Bad input"). Paths and bodies may
 * hold placeholders the fixture fills in: {programme}, {module}, {teacher}, {submission}, {start}, {end}, {cutoff},
 * {opens}, {due}. A null code means "any problem type": the status and the Chinese detail are still asserted.
 */
final class BadInputCatalogue {
    static final String JSON = "application/json";
    static final int GATEWAY_JSON_LIMIT = 1024 * 1024;

    enum Caller {
        COUNTY_ADMIN("qs-county-admin"),
        SCHOOL_ADMIN("qs-shiyan-admin"),
        TEACHER("qs-teacher-wangfang"),
        PLATFORM_ADMIN("platform-admin");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    /** One hostile request and what the platform must answer. */
    record BadInput(
            String name,
            String method,
            String path,
            Caller caller,
            String contentType,
            String template,
            int status,
            String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    private BadInputCatalogue() {}

    static final String PROGRAMMES = "/api/plan/programmes";
    static final String MODULES = "/api/assignments/modules";
    static final String ESSAYS = "/api/assignments/modules/{module}/essays";
    static final String ESSAY_FILES = "/api/assignments/modules/{module}/essays/files";
    static final String GRADE = "/api/assignments/grading/modules/{module}/items/{teacher}/grade";
    static final String EXTENSIONS = "/api/assignments/modules/{module}/extensions";
    static final String EXEMPTIONS = "/api/plan/programmes/{programme}/exemptions";
    static final String ROSTER = "/api/plan/programmes/{programme}/rosters/mine";
    static final String SCHOOLS = "/api/identity/counties/qingshan/schools";
    static final String SHEET = "/api/scoring/programmes/{programme}/schools/qs-shiyan/sheet";

    static List<BadInput> rows() {
        List<BadInput> rows = new ArrayList<>();
        programmes(rows);
        modulesAndEssays(rows);
        grading(rows);
        identityAndScoring(rows);
        return rows;
    }

    private static void programmes(List<BadInput> rows) {
        rows.add(json(
                "programme name of the wrong type (an object)",
                PROGRAMMES,
                programme("{\"x\":1}"),
                400,
                "unreadable-body"));
        rows.add(json("programme period start of the wrong type (a boolean)", PROGRAMMES, """
                {"name":"项目","periodStart":true,"periodEnd":"{end}","enrollmentCutoff":"{cutoff}"}""", 400, "unreadable-body"));
        rows.add(json("programme without its enrollment cutoff", PROGRAMMES, """
                {"name":"项目","periodStart":"{start}","periodEnd":"{end}"}""", 400, "invalid-request"));
        rows.add(json(
                "programme name of one megabyte is refused at the gateway",
                PROGRAMMES,
                programme(quoted("项".repeat(GATEWAY_JSON_LIMIT / 3 + 1))),
                413,
                "payload-too-large"));
        rows.add(json(
                "programme name of five thousand characters",
                PROGRAMMES,
                programme(quoted("项".repeat(5000))),
                422,
                null));
        rows.add(json(
                "programme name of zero-width characters only",
                PROGRAMMES,
                programme("\"\\u200b\\u200c\\u2060\""),
                400,
                "invalid-text"));
        rows.add(json(
                "programme name with a right-to-left override",
                PROGRAMMES,
                programme("\"研修\\u202egpj.exe\""),
                400,
                "invalid-text"));
        rows.add(json(
                "programme name with a NUL character", PROGRAMMES, programme("\"研修\\u0000项目\""), 400, "invalid-text"));
        rows.add(json(
                "programme name with a lone surrogate", PROGRAMMES, programme("\"研修\\ud800项目\""), 400, "invalid-text"));
        rows.add(json("programme cutoff without a zone offset", PROGRAMMES, """
                {"name":"项目","periodStart":"{start}","periodEnd":"{end}","enrollmentCutoff":"{start}T24:00:00"}""", 400, "unreadable-body"));
        rows.add(json("programme cutoff in a far zone falls after the period", PROGRAMMES, """
                {"name":"项目","periodStart":"{start}","periodEnd":"{end}","enrollmentCutoff":"{end}T23:00:00-05:00"}""", 422, null));
        rows.add(json("programme starting on an impossible date (Feb 30)", PROGRAMMES, """
                {"name":"项目","periodStart":"2026-02-30","periodEnd":"{end}","enrollmentCutoff":"{cutoff}"}""", 400, "unreadable-body"));
        rows.add(json("programme in an unknown time zone", PROGRAMMES, """
                {"name":"项目","periodStart":"{start}","periodEnd":"{end}","timeZone":"Mars/Olympus","enrollmentCutoff":"{cutoff}"}""", 422, null));
        rows.add(json("programme with negative online points", PROGRAMMES, """
                {"name":"项目","periodStart":"{start}","periodEnd":"{end}","enrollmentCutoff":"{cutoff}","onlinePoints":-60}""", 400, "invalid-request"));
        rows.add(json("programme with NaN pass mark", PROGRAMMES, """
                {"name":"项目","periodStart":"{start}","periodEnd":"{end}","enrollmentCutoff":"{cutoff}","passMark":NaN}""", 400, "unreadable-body"));
        rows.add(json("programme with the name key twice", PROGRAMMES, """
                {"name":"项目甲","name":"项目乙","periodStart":"{start}","periodEnd":"{end}","enrollmentCutoff":"{cutoff}"}""", 400, "unreadable-body"));
        rows.add(json("programme JSON cut off midway", PROGRAMMES, """
                {"name":"项目","periodStart":"{start}","periodEnd\"""", 400, "unreadable-body"));
        rows.add(json(
                "programme JSON followed by trailing garbage",
                PROGRAMMES,
                programme("\"项目\"") + " {\"extra\":true}",
                400,
                "unreadable-body"));
        rows.add(json(
                "programme as an array instead of an object",
                PROGRAMMES,
                "[" + programme("\"项目\"") + "]",
                400,
                "unreadable-body"));
        rows.add(json(
                "programme nested ten thousand arrays deep",
                PROGRAMMES,
                "{\"name\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                400,
                "unreadable-body"));
        rows.add(raw(
                "programme sent as text/plain",
                "POST",
                PROGRAMMES,
                Caller.COUNTY_ADMIN,
                "text/plain",
                programme("\"项目\""),
                415,
                "http-415"));
        rows.add(raw(
                "programme sent as a form",
                "POST",
                PROGRAMMES,
                Caller.COUNTY_ADMIN,
                "application/x-www-form-urlencoded",
                "name=%E9%A1%B9%E7%9B%AE",
                415,
                "http-415"));
        rows.add(raw(
                "programme id with encoded path traversal is refused at the gateway",
                "GET",
                PROGRAMMES + "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                Caller.COUNTY_ADMIN,
                null,
                null,
                400,
                "rejected-path"));
        rows.add(raw(
                "programme path with a literal ../ segment is refused at the gateway",
                "GET",
                PROGRAMMES + "/../../identity/counties",
                Caller.COUNTY_ADMIN,
                null,
                null,
                400,
                "rejected-path"));
        rows.add(json("exemption in a category the programme does not have", EXEMPTIONS, """
                {"teacherKey":"qs-teacher-wangfang","category":"不存在的类别","evidence":"无"}""", 422, null));
        rows.add(json("exemption for a teacher key with path traversal", EXEMPTIONS, """
                {"teacherKey":"../../identity/admin","category":"国培送教","evidence":"无"}""", 422, null));
    }

    private static void modulesAndEssays(List<BadInput> rows) {
        rows.add(json("module max points as a word", MODULES, """
                {"programmeId":"{programme}","title":"板块","maxPoints":"twenty","opensAt":"{opens}","dueAt":"{due}"}""", 400, "unreadable-body"));
        rows.add(json("module due time without a zone offset", MODULES, """
                {"programmeId":"{programme}","title":"板块","maxPoints":20,"opensAt":"{opens}","dueAt":"{end}T00:00:00"}""", 400, "unreadable-body"));
        rows.add(json("module due before it opens", MODULES, """
                {"programmeId":"{programme}","title":"板块","maxPoints":20,"opensAt":"{due}","dueAt":"{opens}"}""", 422, null));
        rows.add(json("module of a programme id with path traversal", MODULES, """
                {"programmeId":"../../plan/programmes","title":"板块","maxPoints":20,"opensAt":"{opens}","dueAt":"{due}"}""", 422, "invalid-module"));
        rows.add(json("module with negative max points", MODULES, """
                {"programmeId":"{programme}","title":"板块","maxPoints":-20,"opensAt":"{opens}","dueAt":"{due}"}""", 422, null));
        rows.add(json(
                "essay of one hundred thousand characters, over the limit",
                ESSAYS,
                Caller.TEACHER,
                "{\"text\":" + quoted("研".repeat(100_000)) + "}",
                422,
                null));
        rows.add(json("essay text as an array", ESSAYS, Caller.TEACHER, "{\"text\":[\"研修\"]}", 400, "unreadable-body"));
        rows.add(json("essay without text", ESSAYS, Caller.TEACHER, "{}", 400, "invalid-request"));
        rows.add(json(
                "essay of zero-width characters only",
                ESSAYS,
                Caller.TEACHER,
                "{\"text\":\"\\u200b\\u200b\\ufeff\"}",
                400,
                "invalid-text"));
        rows.add(json(
                "essay with a NUL character",
                ESSAYS,
                Caller.TEACHER,
                "{\"text\":\"心得\\u0000体会\"}",
                400,
                "invalid-text"));
        rows.add(multipart(
                "essay file with an absolute path as its name",
                ESSAY_FILES,
                Caller.TEACHER,
                filePart("/etc/passwd.txt", "心得体会"),
                422,
                "invalid-filename"));
        rows.add(multipart(
                "essay file named with ../ traversal",
                ESSAY_FILES,
                Caller.TEACHER,
                filePart("..\\..\\windows\\system.ini.txt", "心得体会"),
                422,
                "invalid-filename"));
        rows.add(multipart(
                "essay upload without a file part",
                ESSAY_FILES,
                Caller.TEACHER,
                "--B\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx\r\n--B--\r\n",
                422,
                "missing-file"));
        rows.add(raw(
                "essay upload declaring multipart without a boundary",
                "POST",
                ESSAY_FILES,
                Caller.TEACHER,
                "multipart/form-data",
                filePart("a.txt", "心得"),
                400,
                "invalid-multipart"));
        rows.add(multipart(
                "essay upload with a truncated part",
                ESSAY_FILES,
                Caller.TEACHER,
                "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n心得",
                400,
                "invalid-multipart"));
        rows.add(raw(
                "essay sent as XML",
                "POST",
                ESSAYS,
                Caller.TEACHER,
                "application/xml",
                "<text>心得</text>",
                415,
                "http-415"));
        rows.add(raw(
                "essay to a module path with encoded traversal is refused at the gateway",
                "POST",
                "/api/assignments/modules/%2e%2e%2f%2e%2e%2fgrading/essays",
                Caller.TEACHER,
                JSON,
                "{\"text\":\"心得\"}",
                400,
                "rejected-path"));
        rows.add(json("extension until a time without a zone offset", EXTENSIONS, """
                {"teacherId":"{teacher}","until":"{end}T00:00:00","reason":"病假"}""", 400, "unreadable-body"));
        rows.add(json("extension until an impossible date", EXTENSIONS, """
                {"teacherId":"{teacher}","until":"2026-02-30T00:00:00+08:00","reason":"病假"}""", 400, "unreadable-body"));
        rows.add(json("extension for a teacher id with path traversal", EXTENSIONS, """
                {"teacherId":"../../admin","until":"{due}","reason":"病假"}""", 422, "invalid-extension"));
        rows.add(json(
                "extension with a two-megabyte reason is refused at the gateway",
                EXTENSIONS,
                "{\"teacherId\":\"{teacher}\",\"until\":\"{due}\",\"reason\":"
                        + quoted("x".repeat(2 * GATEWAY_JSON_LIMIT)) + "}",
                413,
                "payload-too-large"));
    }

    private static void grading(List<BadInput> rows) {
        rows.add(raw(
                "grading queue filtered by an unknown status",
                "GET",
                "/api/assignments/grading/modules/{module}/queue?status=bogus",
                Caller.COUNTY_ADMIN,
                null,
                null,
                422,
                null));
        rows.add(grade("grade with a negative score", "\"优秀\"", "-1", 422, "invalid-grade"));
        rows.add(grade("grade with a NaN score", "\"优秀\"", "NaN", 400, "unreadable-body"));
        rows.add(grade("grade with NaN as a string", "\"优秀\"", "\"NaN\"", 400, "unreadable-body"));
        rows.add(grade("grade with an infinite score", "\"优秀\"", "Infinity", 400, "unreadable-body"));
        rows.add(grade("grade with two decimals", "\"优秀\"", "18.55", 422, "invalid-grade"));
        rows.add(grade("grade above its band", "\"优秀\"", "25", 422, "invalid-grade"));
        rows.add(grade("grade with an astronomically large score", "\"优秀\"", "1e400", 422, "invalid-grade"));
        rows.add(grade("grade in an unknown band", "\"卓越\"", "19", 422, "invalid-grade"));
        rows.add(grade("grade with the band as a number", "18", "18", 422, "invalid-grade"));
    }

    private static void identityAndScoring(List<BadInput> rows) {
        rows.add(json("school registered with another school's code", SCHOOLS, Caller.COUNTY_ADMIN, """
                {"id":"bad-input-dup","code":"3607010001","name":"重复代码学校","stage":"小学"}""", 409, null));
        rows.add(json("school registered twice under the same id", SCHOOLS, Caller.COUNTY_ADMIN, """
                {"id":"qs-shiyan","code":"3607019999","name":"重复编号学校","stage":"小学"}""", 409, null));
        rows.add(json("school in an unknown stage", SCHOOLS, Caller.COUNTY_ADMIN, """
                {"id":"bad-input-stage","code":"3607019998","name":"大学","stage":"大学"}""", 422, "invalid-school"));
        rows.add(json("school id with path traversal", SCHOOLS, Caller.COUNTY_ADMIN, """
                {"id":"../qs-shiyan","code":"3607019997","name":"穿越学校","stage":"小学"}""", 422, "invalid-school"));
        rows.add(json(
                "county whose name is of the wrong type",
                "/api/identity/counties",
                Caller.PLATFORM_ADMIN,
                "{\"id\":\"bad-input-county\",\"name\":[1,2]}",
                400,
                "unreadable-body"));
        rows.add(multipart(
                "roster upload that is not a spreadsheet",
                ROSTER,
                Caller.SCHOOL_ADMIN,
                filePart("../../roster.xlsx", "这不是表格"),
                422,
                null));
        rows.add(multipart(
                "roster upload without a file part",
                ROSTER,
                Caller.SCHOOL_ADMIN,
                "--B\r\nContent-Disposition: form-data; name=\"acceptValidRows\"\r\n\r\ntrue\r\n--B--\r\n",
                400,
                null));
        rows.add(raw(
                "roster upload sent as JSON",
                "POST",
                ROSTER,
                Caller.SCHOOL_ADMIN,
                JSON,
                "{\"file\":\"a.xlsx\"}",
                415,
                "http-415"));
        rows.add(raw(
                "score sheet upload declaring multipart without a boundary",
                "POST",
                SHEET + "/xlsx",
                Caller.SCHOOL_ADMIN,
                "multipart/form-data",
                filePart("a.xlsx", "x"),
                400,
                "invalid-multipart"));
        rows.add(json(
                "score sheet rows as a string",
                SHEET + "/rows",
                Caller.SCHOOL_ADMIN,
                "\"rows\"",
                400,
                "unreadable-body",
                "PUT"));
        rows.add(raw(
                "dashboard of a county id with encoded traversal is refused at the gateway",
                "GET",
                "/api/scoring/dashboards/counties/%2e%2e%2fyunshui",
                Caller.COUNTY_ADMIN,
                null,
                null,
                400,
                "rejected-path"));
    }

    private static String programme(String nameJson) {
        return "{\"name\":" + nameJson
                + ",\"periodStart\":\"{start}\",\"periodEnd\":\"{end}\",\"enrollmentCutoff\":\"{cutoff}\"}";
    }

    private static BadInput grade(String name, String band, String score, int status, String code) {
        return json(
                name,
                GRADE,
                Caller.COUNTY_ADMIN,
                "{\"submissionId\":\"{submission}\",\"band\":" + band + ",\"score\":" + score + ",\"comment\":\"评语\"}",
                status,
                code,
                "PUT");
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String filePart(String filename, String content) {
        return "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename.replace("\\", "\\\\")
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n--B--\r\n";
    }

    private static BadInput json(String name, String path, String body, int status, String code) {
        return json(name, path, Caller.COUNTY_ADMIN, body, status, code);
    }

    private static BadInput json(String name, String path, Caller caller, String body, int status, String code) {
        return json(name, path, caller, body, status, code, "POST");
    }

    private static BadInput json(
            String name, String path, Caller caller, String body, int status, String code, String method) {
        return raw(name, method, path, caller, JSON, body, status, code);
    }

    private static BadInput multipart(String name, String path, Caller caller, String body, int status, String code) {
        return raw(name, "POST", path, caller, "multipart/form-data; boundary=B", body, status, code);
    }

    private static BadInput raw(
            String name, String method, String path, Caller caller, String type, String body, int status, String code) {
        return new BadInput(name, method, path, caller, type, body, status, code);
    }
}
