package cn.wangben.assignment.document.web;

import cn.wangben.assignment.document.Upload;
import cn.wangben.platform.domain.DomainException;
import org.springframework.web.multipart.MultipartFile;

/** The multipart part {@code file} as an {@link Upload}; a missing part is the user's mistake, said in Chinese. */
public final class Uploads {
    private Uploads() {}

    public static Upload of(MultipartFile file) {
        if (file == null) {
            throw DomainException.ruleViolated("missing-file", "file", "请选择要上传的文件（表单字段 file）");
        }
        return new Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream);
    }
}
