package cn.wangben.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** `./wangben up|down|status` against the default home `<root>/.local`. */
final class Cli {

    private static final String LAUNCHER = "launcher";
    /** Infrastructure only, e.g. to run one service from the IDE against it. */
    private static final String INFRA_ONLY_FLAG = "--infra";

    private static final int EXIT_OK = 0;
    private static final int EXIT_FAILED = 1;
    private static final int EXIT_USAGE = 2;

    private Cli() {}

    static int run(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        try {
            return switch (command) {
                case "up" -> up(Arrays.asList(args).contains(INFRA_ONLY_FLAG));
                case "down" -> down();
                case "status" -> status();
                default -> usage();
            };
        } catch (DevstackException e) {
            System.err.println("devstack: " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    private static int up(boolean infrastructureOnly) {
        DevstackOptions defaults = DevstackOptions.localDefaults(DevstackOptions.findRoot());
        DevstackOptions options = infrastructureOnly ? defaults.infrastructureOnly() : defaults;
        Layout layout = Layout.of(options);
        Path launcherPid = layout.pidFile(LAUNCHER);
        if (PidFile.read(launcherPid).flatMap(PidFile::liveProcess).isPresent()) {
            throw new DevstackException("a devstack is already running from " + layout.home() + "; ./wangben down");
        }
        Devstack devstack = new Devstack(options);
        // startAll registers the hook that stops the children on Ctrl-C, also during a slow start.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            devstack.stop();
                            PidFile.delete(launcherPid);
                        },
                        "launcher-pid-cleanup"));
        PidFile.write(launcherPid, ProcessHandle.current(), 0);
        long begin = System.nanoTime();
        devstack.startAll();
        if (options.withServices()) {
            DemoData.seedIfEmpty(devstack);
        }
        Summary.print(devstack, Duration.ofNanos(System.nanoTime() - begin));
        blockUntilSignalled();
        return EXIT_OK;
    }

    /** The `up` launcher stops its own children in order; whatever it leaves (e.g. it was killed) is swept after. */
    private static int down() {
        Layout layout = Layout.of(DevstackOptions.localDefaults(DevstackOptions.findRoot()));
        Optional<ProcessHandle> launcher =
                PidFile.read(layout.pidFile(LAUNCHER)).flatMap(PidFile::liveProcess);
        launcher.ifPresent(Cli::stopLauncher);
        PidFile.delete(layout.pidFile(LAUNCHER));

        Map<Component, ManagedProcess> leftovers = new EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            Path file = layout.pidFile(component.id());
            Optional<ProcessHandle> live = PidFile.read(file).flatMap(PidFile::liveProcess);
            if (live.isPresent()) {
                leftovers.put(component, new ManagedProcess(component.id(), live.get(), List.of(), file));
            } else {
                PidFile.delete(file);
            }
        }
        Shutdown.inReverseStages(leftovers);
        if (launcher.isEmpty() && leftovers.isEmpty()) {
            Console.info("nothing was running in " + layout.home());
        }
        return EXIT_OK;
    }

    private static void stopLauncher(ProcessHandle launcher) {
        Console.info("asking the running launcher (pid " + launcher.pid() + ") to stop everything");
        launcher.destroy();
        Duration patience = Shutdown.GRACE.multipliedBy(Component.Stage.values().length + 1L);
        try {
            launcher.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            Console.warn("the launcher did not exit within " + patience.toSeconds() + " s; stopping its children");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int status() {
        Layout layout = Layout.of(DevstackOptions.localDefaults(DevstackOptions.findRoot()));
        System.out.printf("%-20s %-10s %-8s %s%n", "component", "state", "pid", "port");
        for (Component component : Component.values()) {
            Optional<PidFile> record = PidFile.read(layout.pidFile(component.id()));
            int port = record.map(PidFile::port).orElse(Ports.defaults().of(component));
            boolean alive = record.flatMap(PidFile::liveProcess).isPresent();
            boolean listening = Probe.accepts(port);
            String state = alive ? (listening ? "up" : "starting") : (listening ? "foreign" : "down");
            String pid = alive ? Long.toString(record.get().pid()) : "-";
            System.out.printf("%-20s %-10s %-8s %d%n", component.id(), state, pid, port);
        }
        return EXIT_OK;
    }

    private static int usage() {
        System.err.println("usage: ./wangben up [--infra] | down | status");
        return EXIT_USAGE;
    }

    private static void blockUntilSignalled() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
