package cn.wangben.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Every TCP port the devstack binds on 127.0.0.1. */
public record Ports(
        int gateway,
        int planService,
        int assignmentService,
        int scoringService,
        int identity,
        int keycloak,
        int keycloakManagement,
        int kafka,
        int kafkaController,
        int s3,
        int mongo) {

    private static final int PORT_COUNT = 11;

    /** The well-known ports of `./wangben up`; the web client's redirect URIs assume gateway 8080. */
    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 8083, 8084, 8180, 9180, 9092, 9093, 9400, 27017);
    }

    /** Ports the OS reports free right now; all sockets stay open until the last is chosen so none repeats. */
    public static Ports free() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < PORT_COUNT; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            int[] p = sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
            return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10]);
        } catch (IOException e) {
            throw new UncheckedIOException("could not reserve free ports", e);
        } finally {
            sockets.forEach(Ports::closeQuietly);
        }
    }

    /** The port clients use for a component. */
    public int of(Component component) {
        return switch (component) {
            case GATEWAY -> gateway;
            case PLAN_SERVICE -> planService;
            case ASSIGNMENT_SERVICE -> assignmentService;
            case SCORING_SERVICE -> scoringService;
            case IDENTITY -> identity;
            case KEYCLOAK -> keycloak;
            case KAFKA -> kafka;
            case S3 -> s3;
            case MONGO -> mongo;
        };
    }

    /** Every port a component binds, so all can be checked before anything starts. */
    List<Integer> boundBy(Component component) {
        return switch (component) {
            case KEYCLOAK -> List.of(keycloak, keycloakManagement);
            case KAFKA -> List.of(kafka, kafkaController);
            default -> List.of(of(component));
        };
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the port is only being probed
        }
    }
}
