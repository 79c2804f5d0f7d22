package cn.wangben.devstack.e2e;

import cn.wangben.devstack.e2e.IsolationWorld.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of {@link IsolationMatrixIT}: one row per endpoint and the status each role gets on its own school, another
 * school of its county, and another county ("PA 403 403 403 | CA 200 200 404 | …"). 403: the role may never do this;
 * 404: the role may, but not there (another county's or school's things do not exist for it).
 */
final class IsolationMatrix {
    private IsolationMatrix() {}

    static final int TOO_MANY_REQUESTS = 429;
    static final int MAX_RETRIES = 20;
    static final long RETRY_PAUSE_MILLIS = 500;

    record Row(String method, String path, String body, Map<String, int[]> expected) {
        String label() {
            return method + " " + path;
        }

        Integer expected(String role, Target target) {
            int[] statuses = expected.get(role);
            return statuses == null ? null : statuses[target.ordinal()];
        }

        int call(GatewayClient gateway, String token, Map<String, String> values) throws Exception {
            String url = path;
            for (Map.Entry<String, String> value : values.entrySet()) {
                url = url.replace("{" + value.getKey() + "}", value.getValue());
            }
            for (int attempt = 0; ; attempt++) {
                int status = once(gateway, token, url);
                if (status != TOO_MANY_REQUESTS || attempt == MAX_RETRIES) {
                    return status;
                }
                // each caller stays within its own rate limit (burst 20, then 5/s): wait for the bucket to refill
                Thread.sleep(RETRY_PAUSE_MILLIS);
            }
        }

        private int once(GatewayClient gateway, String token, String url) throws Exception {
            return switch (method) {
                case "GET" -> gateway.get(url, token).status();
                case "POST" -> gateway.post(url, token, body).status();
                case "PUT" -> gateway.put(url, token, body).status();
                // an empty file: refused by the rules where the role may upload, so nothing is stored
                case "FILE" -> gateway.postFile(url, token, body, new byte[0]).status();
                default -> throw new IllegalArgumentException(method);
            };
        }
    }

    static Row row(String method, String path, String body, String expectations) {
        Map<String, int[]> expected = new HashMap<>();
        for (String part : expectations.split("\\|")) {
            String[] words = part.trim().split("\\s+");
            expected.put(
                    words[0],
                    new int[] {Integer.parseInt(words[1]), Integer.parseInt(words[2]), Integer.parseInt(words[3])});
        }
        return new Row(method, path, body, expected);
    }

    static final String NONE = "";
    static final String EMPTY = "{}";

    static final List<Row> ROWS = List.of(
            row(
                    "GET",
                    "/api/identity/counties",
                    NONE,
                    "PA 200 200 200 | CA 200 200 200 | CG 200 200 200 | OF 200 200 200 | SA 200 200 200 | TE 200 200 200"),
            row(
                    "POST",
                    "/api/identity/counties",
                    EMPTY,
                    "PA 422 422 422 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/identity/counties/{county}/schools",
                    NONE,
                    "PA 200 200 200 | CA 200 200 404 | CG 200 200 404 | OF 200 200 404 | SA 200 200 404 | TE 404 404 404"),
            row(
                    "POST",
                    "/api/identity/counties/{county}/schools",
                    EMPTY,
                    "PA 403 403 403 | CA 422 422 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/identity/counties/{county}/schools/{school}/admins",
                    EMPTY,
                    "PA 403 403 403 | CA 422 422 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/identity/counties/{county}/graders",
                    EMPTY,
                    "PA 403 403 403 | CA 422 422 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/identity/counties/{county}/schools/{school}/teachers",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 200 404 404 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/identity/counties/{county}/schools/{school}/credential-slips",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 200 404 404 | TE 403 403 403"),
            row(
                    "PUT",
                    "/api/identity/counties/{county}/accounts/{teacher}/enabled",
                    EMPTY,
                    "PA 403 403 403 | CA 422 422 404 | CG 403 403 403 | OF 403 403 403 | SA 422 422 404 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/plan/programmes",
                    NONE,
                    "PA 403 403 403 | CA 200 200 200 | CG 200 200 200 | OF 403 403 403 | SA 200 200 200 | TE 200 200 200"),
            row(
                    "POST",
                    "/api/plan/programmes",
                    EMPTY,
                    "PA 403 403 403 | CA 400 400 400 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/plan/programmes/{programme}",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 200 200 404 | OF 403 403 403 | SA 200 200 404 | TE 200 200 404"),
            row(
                    "PUT",
                    "/api/plan/programmes/{programme}",
                    EMPTY,
                    "PA 403 403 403 | CA 400 400 400 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/plan/programmes/{programme}/publish",
                    NONE,
                    "PA 403 403 403 | CA 409 409 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/plan/programmes/{programme}/revisions",
                    EMPTY,
                    "PA 403 403 403 | CA 400 400 400 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/plan/programmes/{programme}/school-plans/mine",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 200 200 404 | TE 403 403 403"),
            row(
                    "PUT",
                    "/api/plan/programmes/{programme}/school-plans/mine",
                    EMPTY,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 409 409 404 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/plan/programmes/{programme}/school-plans/mine/submit",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 409 409 404 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/plan/programmes/{programme}/school-plans",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/plan/school-plans/{plan}",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 200 404 404 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/plan/school-plans/{plan}/return",
                    EMPTY,
                    "PA 403 403 403 | CA 409 409 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/plan/school-plans/{plan}/approve",
                    NONE,
                    "PA 403 403 403 | CA 409 409 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/plan/programmes/{programme}/standings",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/plan/programmes/{programme}/standings/{school}/reinstatement",
                    "{\"reason\":\"矩阵\"}",
                    "PA 403 403 403 | CA 404 404 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/plan/programmes/{programme}/rosters/mine",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 404 404 404 | TE 403 403 403"),
            row(
                    "FILE",
                    "/api/plan/programmes/{programme}/rosters/mine",
                    "roster.csv",
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 422 422 404 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/plan/programmes/{programme}/rosters",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/plan/programmes/{programme}/rosters/reports/none",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 404 404 404 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/plan/programmes/{programme}/exemptions",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 200 200 404 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/plan/programmes/{programme}/exemptions",
                    EMPTY,
                    "PA 403 403 403 | CA 422 422 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/plan/programmes/{programme}/enrollment/mine",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 404 404 404"),
            row(
                    "POST",
                    "/api/plan/programmes/{programme}/enrollment/mine",
                    "{\"idNumber\":\"\"}",
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 422 422 404"),
            row(
                    "GET",
                    "/api/plan/programmes/{programme}/hours/mine",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 409 409 404"),
            row(
                    "POST",
                    "/api/plan/counties/{county}/hours",
                    EMPTY,
                    "PA 403 403 403 | CA 422 422 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/assignments/modules?programmeId={programme}",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 200 200 404 | OF 403 403 403 | SA 200 200 404 | TE 200 200 404"),
            row(
                    "POST",
                    "/api/assignments/modules",
                    EMPTY,
                    "PA 403 403 403 | CA 400 400 400 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/assignments/modules/{module}",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 200 200 404 | OF 403 403 403 | SA 200 200 404 | TE 200 200 404"),
            row(
                    "POST",
                    "/api/assignments/modules/{module}/essays",
                    "{\"text\":\"\"}",
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 400 400 400"),
            row(
                    "FILE",
                    "/api/assignments/modules/{module}/essays/files",
                    "essay.txt",
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 422 422 404"),
            row(
                    "GET",
                    "/api/assignments/modules/{module}/submissions/mine",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 200 200 404"),
            row(
                    "GET",
                    "/api/assignments/submissions/{submission}",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 200 200 404 | OF 403 403 403 | SA 403 403 403 | TE 200 404 404"),
            row(
                    "GET",
                    "/api/assignments/submissions/{submission}/verification",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 200 200 404 | OF 403 403 403 | SA 403 403 403 | TE 200 404 404"),
            row(
                    "POST",
                    "/api/assignments/modules/{module}/extensions",
                    EMPTY,
                    "PA 403 403 403 | CA 400 400 400 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/assignments/modules/{module}/extensions",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 200 200 404 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "FILE",
                    "/api/assignments/modules/{module}/materials/files",
                    "doc.pdf",
                    "PA 403 403 403 | CA 422 422 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/assignments/modules/{module}/materials/videos",
                    EMPTY,
                    "PA 403 403 403 | CA 400 400 400 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/assignments/modules/{module}/materials",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 200 200 404 | OF 403 403 403 | SA 200 200 404 | TE 200 200 404"),
            row(
                    "GET",
                    "/api/assignments/materials/none/download-link",
                    NONE,
                    "PA 403 403 403 | CA 404 404 404 | CG 404 404 404 | OF 403 403 403 | SA 404 404 404 | TE 404 404 404"),
            row(
                    "GET",
                    "/api/scoring/dashboards/counties/{county}",
                    NONE,
                    "PA 403 403 403 | CA 200 200 403 | CG 200 200 403 | OF 200 200 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/scoring/programmes/{programme}/schools/{school}/sheet",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 200 403 403 | TE 403 403 403"),
            row(
                    "PUT",
                    "/api/scoring/programmes/{programme}/schools/{school}/sheet/rows",
                    EMPTY,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 422 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/scoring/programmes/{programme}/schools/{school}/sheet/xlsx",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 200 403 403 | TE 403 403 403"),
            row(
                    "FILE",
                    "/api/scoring/programmes/{programme}/schools/{school}/sheet/xlsx",
                    "sheet.xlsx",
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 422 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/scoring/programmes/{programme}/schools/{school}/sheet/report",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 409 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/scoring/programmes/{programme}/schools/{school}/attendance",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 200 403 403 | TE 403 403 403"),
            row(
                    "PUT",
                    "/api/scoring/programmes/{programme}/schools/{school}/attendance/activities",
                    EMPTY,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 422 403 403 | TE 403 403 403"),
            row(
                    "PUT",
                    "/api/scoring/programmes/{programme}/schools/{school}/attendance/teachers",
                    EMPTY,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 422 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/scoring/programmes/{programme}/schools/{school}/sheet/corrections",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 200 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/scoring/programmes/{programme}/schools/{school}/sheet/corrections",
                    EMPTY,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 409 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/scoring/programmes/{programme}/schools/{school}/sheet/corrections/none/approve",
                    NONE,
                    "PA 403 403 403 | CA 404 404 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/scoring/programmes/{programme}/schools/{school}/sheet/corrections/none/reject",
                    EMPTY,
                    "PA 403 403 403 | CA 404 404 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/scoring/programmes/{programme}/sheets",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/scoring/programmes/{programme}/school-part",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 404 404 404"),
            row(
                    "GET",
                    "/api/assignments/grading/allocations",
                    NONE,
                    "PA 403 403 403 | CA 200 200 200 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/assignments/grading/allocations/mine",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 200 200 200 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "PUT",
                    "/api/assignments/grading/allocations/qs-grader",
                    EMPTY,
                    "PA 403 403 403 | CA 200 200 200 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/assignments/grading/modules/{module}/queue",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 404 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/assignments/grading/modules/{module}/queue/next",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 404 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/assignments/grading/modules/{module}/summary",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 404 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/assignments/grading/modules/{module}/items/{teacherId}",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 404 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "PUT",
                    "/api/assignments/grading/modules/{module}/items/{teacherId}/grade",
                    EMPTY,
                    "PA 403 403 403 | CA 422 422 404 | CG 403 403 404 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/assignments/grading/modules/{module}/release",
                    NONE,
                    "PA 403 403 403 | CA 422 422 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/assignments/grading/modules/{module}/my-grade",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 404 404 404"),
            row(
                    "GET",
                    "/api/scoring/dashboards/counties/{county}/modules/{module}",
                    NONE,
                    "PA 403 403 403 | CA 200 200 403 | CG 200 200 403 | OF 200 200 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/scoring/dashboards/counties/{county}/programmes/{programme}/schools/{school}",
                    NONE,
                    "PA 403 403 403 | CA 200 200 403 | CG 200 200 403 | OF 200 200 403 | SA 200 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/scoring/programmes/{programme}/finalization",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "POST",
                    "/api/scoring/programmes/{programme}/finalization",
                    EMPTY,
                    "PA 403 403 403 | CA 409 409 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/scoring/programmes/{programme}/results",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 200 200 404 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/scoring/programmes/{programme}/results/mine",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 404 404 404"),
            row(
                    "GET",
                    "/api/scoring/programmes/{programme}/certificate",
                    NONE,
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 404 404 404"),
            row(
                    "GET",
                    "/api/scoring/programmes/{programme}/results/none/certificate",
                    NONE,
                    "PA 403 403 403 | CA 404 404 404 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            // a real rebuild of the projections from the log each time the platform admin calls it (idempotent)
            row(
                    "POST",
                    "/api/scoring/admin/projections/rebuild",
                    EMPTY,
                    "PA 200 200 200 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/scoring/public/certificates/NONE0000NONE0000",
                    NONE,
                    "PA 404 404 404 | CA 404 404 404 | CG 404 404 404 | OF 404 404 404 | SA 404 404 404 | TE 404 404 404"),
            row(
                    "GET",
                    "/api/scoring/exports/counties/{county}/programmes/{programme}/results",
                    NONE,
                    "PA 200 200 200 | CA 200 200 403 | CG 403 403 403 | OF 200 200 403 | SA 403 403 403 | TE 403 403 403"),
            // the world's programmes are never finalized: whoever may export gets the 409 of the rule
            row(
                    "GET",
                    "/api/scoring/exports/counties/{county}/programmes/{programme}/hours",
                    NONE,
                    "PA 409 409 409 | CA 409 409 403 | CG 403 403 403 | OF 409 409 403 | SA 403 403 403 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/assignments/modules/{module}/submissions",
                    NONE,
                    "PA 403 403 403 | CA 422 422 404 | CG 403 403 403 | OF 403 403 403 | SA 422 422 404 | TE 403 403 403"),
            row(
                    "GET",
                    "/api/assignments/modules/{schoolwork}",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 404 404 404 | OF 403 403 403 | SA 200 404 404 | TE 200 404 404"),
            row(
                    "GET",
                    "/api/assignments/modules/{schoolwork}/submissions",
                    NONE,
                    "PA 403 403 403 | CA 200 200 404 | CG 403 403 403 | OF 403 403 403 | SA 200 404 404 | TE 403 403 403"),
            row(
                    "FILE",
                    "/api/assignments/modules/{schoolwork}/essays/files",
                    "essay.txt",
                    "PA 403 403 403 | CA 403 403 403 | CG 403 403 403 | OF 403 403 403 | SA 403 403 403 | TE 422 404 404"));
}
