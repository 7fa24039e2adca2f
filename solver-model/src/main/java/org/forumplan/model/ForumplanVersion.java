package org.forumplan.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions of forumplan and Timefold this build was made with, recorded in every solved file. */
public final class ForumplanVersion {

    private static final Properties VERSIONS = load();

    private ForumplanVersion() {}

    public static String forumplan() {
        return VERSIONS.getProperty("forumplan");
    }

    public static String timefold() {
        return VERSIONS.getProperty("timefold");
    }

    /** "forumplan 0.1.0 / Timefold 1.32.0". */
    public static String describe() {
        return "forumplan %s / Timefold %s".formatted(forumplan(), timefold());
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ForumplanVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the build.");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
