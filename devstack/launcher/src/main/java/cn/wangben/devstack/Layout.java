package cn.wangben.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where things live: build outputs under the project root, state and logs under the devstack home. */
record Layout(Path root, Path home) {

    static Layout of(DevstackOptions options) {
        return new Layout(options.root(), options.home());
    }

    Path logs() {
        return home.resolve("logs");
    }

    Path log(String name) {
        return logs().resolve(name + ".log");
    }

    Path pids() {
        return home.resolve("pids");
    }

    Path pidFile(String name) {
        return pids().resolve(name + ".pid");
    }

    Path kafkaDir() {
        return home.resolve("kafka");
    }

    Path s3Dir() {
        return home.resolve("s3");
    }

    /** H2 MVStore file of the Mongo-wire server. */
    Path mongoFile() {
        return home.resolve("mongo").resolve("wangben.mv.db");
    }

    Path keycloakDir(String version) {
        return home.resolve("keycloak-" + version);
    }

    Path realmFile() {
        return root.resolve("identity").resolve("realm").resolve("wangben-realm.json");
    }

    Path kafkaClasspathFile() {
        return root.resolve("devstack/kafka-runtime/target/kafka.classpath");
    }

    Path launcherClasses() {
        return root.resolve("devstack/launcher/target/classes");
    }

    Path launcherClasspathFile() {
        return root.resolve("devstack/launcher/target/launcher.classpath");
    }

    Path serviceJar(Component service, String version) {
        return root.resolve(service.id()).resolve("target").resolve(service.id() + "-" + version + "-exec.jar");
    }

    /** The java launcher of this JVM, so every child runs on the same Java. */
    static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** A class path written by the build; a missing file means the build has not run. */
    static String readClasspath(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DevstackException(file + " is missing; build first: ./mvnw -DskipTests install");
        }
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
