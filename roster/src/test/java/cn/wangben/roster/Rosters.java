package cn.wangben.roster;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test access to the committed fixture files and a ready importer. */
final class Rosters {

    private Rosters() {}

    static Path file(String name) {
        try {
            return Path.of(Rosters.class.getResource("/rosters/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RosterImporter importer() {
        return new RosterImporter(TestIds.protector(), KnownIdentity.NONE);
    }

    static RosterResult importFile(String name, boolean acceptValidRows) throws IOException {
        return importer().importRoster(file(name), acceptValidRows);
    }
}
