package org.forumplan.app.cli;

import org.forumplan.model.ForumplanVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code forumplan --version}. */
public class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            ForumplanVersion.describe(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
