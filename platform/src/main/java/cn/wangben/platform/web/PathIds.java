package cn.wangben.platform.web;

import cn.wangben.platform.domain.DomainException;
import java.util.function.Function;

/** Ids in a path are input like any other: one that cannot be an id is simply not found (404), never a 500. */
public final class PathIds {
    private PathIds() {}

    public static <T> T parse(String raw, Function<String, T> factory, String what) {
        try {
            return factory.apply(raw);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound(what, "（格式不正确）");
        }
    }
}
