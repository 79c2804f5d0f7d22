package cn.wangben.assignment.document.storage;

import cn.wangben.platform.domain.DomainException;

/** Object storage failed; the submission is refused as a whole (503) and the teacher may simply retry. */
class StorageUnavailableException extends DomainException {
    StorageUnavailableException(String operation, Throwable cause) {
        super(Kind.UNAVAILABLE, "storage-unavailable", null, "文件存储服务暂时不可用，本次提交未保存，请稍后重试", cause);
    }
}
