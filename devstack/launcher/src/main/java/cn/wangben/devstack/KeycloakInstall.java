package cn.wangben.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Unzips the Keycloak distribution once into the devstack home; its data folder then survives restarts. */
final class KeycloakInstall {

    private static final String EXECUTABLE = "rwxr-xr-x";

    private KeycloakInstall() {}

    static Path ensure(Layout layout, BuildInfo build) {
        Path target = layout.keycloakDir(build.keycloakVersion());
        if (Files.isRegularFile(target.resolve("bin/kc.sh"))) {
            return target;
        }
        Path zip = build.keycloakZip();
        if (!Files.isRegularFile(zip)) {
            throw new DevstackException("Keycloak distribution not found at " + zip
                    + "; run ./mvnw -DskipTests install (the launcher module downloads it)");
        }
        // Unzip beside the target and move it in last, so an interrupted unzip never looks installed.
        Path staging = layout.home().resolve(".keycloak-unzip");
        deleteTree(staging);
        unzip(zip, staging);
        try (Stream<Path> scripts =
                Files.list(staging.resolve(target.getFileName()).resolve("bin"))) {
            for (Path script : (Iterable<Path>) scripts.filter(p -> p.toString().endsWith(".sh"))::iterator) {
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString(EXECUTABLE));
            }
            Files.move(staging.resolve(target.getFileName()), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        deleteTree(staging);
        return target;
    }

    private static void unzip(Path zip, Path into) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = into.resolve(entry.getName()).normalize();
                if (!out.startsWith(into)) {
                    throw new DevstackException("unsafe entry " + entry.getName() + " in " + zip);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new DevstackException("could not unzip " + zip + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
