package cn.wangben.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;

/** Everything that can be known wrong before a minute of start-up is spent. */
final class Preflight {

    private Preflight() {}

    static void check(NodeContext ctx, List<Component> components) {
        Layout layout = ctx.layout();
        Layout.readClasspath(layout.kafkaClasspathFile());
        Layout.readClasspath(layout.launcherClasspathFile());
        components.stream().filter(Component::isSpringService).forEach(c -> ServiceNode.requireJar(ctx, c));
        for (Component component : components) {
            notAlreadyRunning(layout, component);
        }
        for (Component component : components) {
            for (int port : ctx.ports().boundBy(component)) {
                requireFree(component, port);
            }
        }
    }

    /** A live recorded process means this home is in use; a stale record is just removed. */
    private static void notAlreadyRunning(Layout layout, Component component) {
        Optional<PidFile> record = PidFile.read(layout.pidFile(component.id()));
        if (record.isEmpty()) {
            return;
        }
        if (record.get().liveProcess().isPresent()) {
            throw new DevstackException(component.id() + " of a devstack in " + layout.home()
                    + " is still running (pid " + record.get().pid() + "); stop it first: ./wangben down");
        }
        PidFile.delete(layout.pidFile(component.id()));
    }

    private static void requireFree(Component component, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new DevstackException("port " + port + " needed by " + component.id()
                    + " is already in use on 127.0.0.1 (another devstack? see ./wangben status, ./wangben down)");
        }
    }
}
