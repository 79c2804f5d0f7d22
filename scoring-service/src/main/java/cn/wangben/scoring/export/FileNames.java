package cn.wangben.scoring.export;

import java.util.regex.Pattern;

/** Download names: Chinese as users see them (the header encodes them, RFC 5987), minus what a file system refuses. */
final class FileNames {
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

    private FileNames() {}

    static String of(String subject, String what) {
        String safe = subject == null ? "" : UNSAFE.matcher(subject.strip()).replaceAll("_");
        return (safe.isEmpty() ? what : safe + "-" + what) + ".xlsx";
    }
}
