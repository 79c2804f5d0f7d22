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
        String name = file.getOriginalFilename();
        if (name != null && !isPlainName(name)) {
            // browsers send the bare name; a path ("/etc/passwd", "..\\x") is a crafted request, never shown or kept
            throw DomainException.ruleViolated("invalid-filename", "file", "文件名不能包含路径或控制字符，请重命名后再上传");
        }
        return new Upload(name, file.getSize(), file::getInputStream);
    }

    static boolean isPlainName(String name) {
        return name.chars().noneMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7f) && !name.equals("..");
    }
}
