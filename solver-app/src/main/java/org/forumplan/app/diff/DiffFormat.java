package org.forumplan.app.diff;

import org.forumplan.model.analysis.ProgrammeDifference;

/** The ways {@code diff} can write what changed between two programmes. */
public enum DiffFormat {
    TEXT {
        @Override
        public String render(ProgrammeDifference difference, String oldName, String newName) {
            return TextDiff.render(difference, oldName, newName);
        }
    },
    MARKDOWN {
        @Override
        public String render(ProgrammeDifference difference, String oldName, String newName) {
            return MarkdownDiff.render(difference, oldName, newName);
        }
    };

    /**
     * @param oldName how to call the old programme, e.g. its file
     * @param newName how to call the new programme
     */
    public abstract String render(ProgrammeDifference difference, String oldName, String newName);
}
