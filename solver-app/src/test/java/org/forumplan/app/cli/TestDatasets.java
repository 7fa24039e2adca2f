package org.forumplan.app.cli;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find their datasets: the repository's {@code datasets/} folder and the test resources. */
public final class TestDatasets {

    /** Set by Surefire from the parent POM; the fallback works when a test runs from the module's folder. */
    public static final String DATASETS_PROPERTY = "forumplan.datasets";

    private TestDatasets() {}

    public static Path folder() {
        String configured = System.getProperty(DATASETS_PROPERTY);
        Path folder = configured == null ? Path.of("..", "datasets") : Path.of(configured);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("No datasets folder at " + folder.toAbsolutePath());
        }
        return folder;
    }

    /** The reference dataset: the 9th IGF, Istanbul 2014 (146 sessions, all mandatory, 12 pinned). */
    public static Path igf2014() {
        return folder().resolve("igf-2014-istanbul.json");
    }

    /** The invented regional forum of the test resources: 70 sessions, more proposals than places. */
    public static Path regionalForum() {
        return resource("/org/forumplan/app/regional-forum.json");
    }

    public static Path resource(String name) {
        URL url = TestDatasets.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("No test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
