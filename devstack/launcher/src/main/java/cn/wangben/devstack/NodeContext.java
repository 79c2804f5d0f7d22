package cn.wangben.devstack;

import java.io.File;
import java.util.List;

/** What every component's launch needs. */
record NodeContext(DevstackOptions options, Layout layout, BuildInfo build, ProcessStarter starter) {

    static NodeContext of(DevstackOptions options) {
        Layout layout = Layout.of(options);
        return new NodeContext(options, layout, BuildInfo.load(), new ProcessStarter(layout));
    }

    Ports ports() {
        return options.ports();
    }

    /** The launcher's own classes and dependencies, for the server mains in this module. */
    String launcherClasspath() {
        return layout.launcherClasses() + File.pathSeparator + Layout.readClasspath(layout.launcherClasspathFile());
    }

    /** A started process and the probes that tell it is ready. */
    record Launched(ManagedProcess process, List<Probe> probes) {}
}
