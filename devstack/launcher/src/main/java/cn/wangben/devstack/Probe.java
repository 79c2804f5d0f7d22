package cn.wangben.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.function.BooleanSupplier;

/** A readiness check that is cheap to repeat. */
record Probe(String description, BooleanSupplier check) {

    private static final int CONNECT_TIMEOUT_MILLIS = 1000;
    private static final int HTTP_OK = 200;

    /** Something accepts TCP connections on the port. */
    static Probe tcp(int port) {
        return new Probe("TCP 127.0.0.1:" + port, () -> accepts(port));
    }

    /** The URL answers 200. */
    static Probe httpOk(String url) {
        return new Probe("HTTP 200 from " + url, () -> Http.status(url) == HTTP_OK);
    }

    boolean ready() {
        return check.getAsBoolean();
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(DevCredentials.LOOPBACK, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
