package cn.wangben.devstack;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The launcher's own progress lines; the servers log to files. */
final class Console {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Console() {}

    static void info(String message) {
        System.out.println(prefix() + message);
    }

    static void warn(String message) {
        System.out.println(prefix() + "WARNING: " + message);
    }

    private static String prefix() {
        return "[devstack " + LocalTime.now().format(TIME) + "] ";
    }
}
