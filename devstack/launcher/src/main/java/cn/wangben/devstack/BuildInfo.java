package cn.wangben.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/** Facts the Maven build wrote into devstack.properties (versions, the Keycloak zip in the local repository). */
record BuildInfo(String projectVersion, String keycloakVersion, Path keycloakZip) {

    private static final String RESOURCE = "/devstack.properties";

    static BuildInfo load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DevstackException(RESOURCE + " is not on the class path; build the launcher first");
            }
            Properties p = new Properties();
            p.load(in);
            return new BuildInfo(
                    p.getProperty("project.version"),
                    p.getProperty("keycloak.version"),
                    Path.of(p.getProperty("keycloak.zip")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
