package cn.wangben.assignment.document.web;

import cn.wangben.assignment.document.UploadTooLarge;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Every too-large upload answers 413 with a Chinese detail: a file over its configured limit (essays, materials), and
 * a request over the servlet's multipart ceiling, which sits above both limits. Runs before the platform's advice,
 * which would answer 422 for the first and a generic detail for the second.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    @ExceptionHandler(UploadTooLarge.class)
    ProblemDetail tooLarge(UploadTooLarge e) {
        return problem(e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail overCeiling(MaxUploadSizeExceededException e) {
        return problem("上传的文件过大，超过了服务器允许的上限，请压缩或删减后重新上传");
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setType(URI.create("urn:wangben:problem:" + UploadTooLarge.CODE));
        problem.setProperty("field", "file");
        return problem;
    }
}
