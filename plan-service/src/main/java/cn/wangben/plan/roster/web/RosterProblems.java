package cn.wangben.plan.roster.web;

import cn.wangben.plan.roster.RosterRejected;
import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A rejected roster answers 422 with the row errors and the id of the downloadable report; an oversized upload 413
 * with a Chinese detail. Runs before the platform's advice, which would answer 422 without the row errors. Uploads
 * are parsed lazily ({@code spring.servlet.multipart.resolve-lazily}), so a size limit is hit while the controller's
 * arguments are resolved and this advice, scoped to the roster controller, applies.
 */
@RestControllerAdvice(basePackageClasses = RosterController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RosterProblems {
    private final DataSize maxFileSize;

    RosterProblems(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        String limit =
                maxFileSize.toMegabytes() > 0 ? maxFileSize.toMegabytes() + "MB" : maxFileSize.toKilobytes() + "KB";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE, "上传的文件超过 " + limit + " 的上限，请删除多余的工作表或无关内容后重新上传");
        problem.setType(URI.create("urn:wangben:problem:upload-too-large"));
        problem.setProperty("field", "file");
        return problem;
    }

    @ExceptionHandler(RosterRejected.class)
    ProblemDetail rejected(RosterRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("urn:wangben:problem:" + RosterRejected.CODE));
        problem.setProperty("field", e.field());
        problem.setProperty("rejectedRows", e.rejectedRows());
        problem.setProperty(
                "errors",
                e.errors().stream()
                        .map(r -> Map.of("row", r.row(), "column", r.column(), "problem", r.problem()))
                        .toList());
        if (e.reportId() != null) {
            problem.setProperty("reportId", e.reportId());
        }
        return problem;
    }
}
