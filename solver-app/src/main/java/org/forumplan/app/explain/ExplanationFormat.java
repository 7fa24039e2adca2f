package org.forumplan.app.explain;

import org.forumplan.model.analysis.ProgrammeExplanation;
import org.forumplan.model.analysis.SessionExplanation;

/** The ways {@code explain} can write its explanation. */
public enum ExplanationFormat {
    TEXT {
        @Override
        public String render(ProgrammeExplanation explanation, int top) {
            return TextExplanation.render(explanation, top);
        }

        @Override
        public String render(SessionExplanation explanation) {
            return TextExplanation.render(explanation);
        }
    },
    MARKDOWN {
        @Override
        public String render(ProgrammeExplanation explanation, int top) {
            return MarkdownExplanation.render(explanation, top);
        }

        @Override
        public String render(SessionExplanation explanation) {
            return MarkdownExplanation.render(explanation);
        }
    },
    JSON {
        @Override
        public String render(ProgrammeExplanation explanation, int top) {
            return JsonExplanation.render(explanation);
        }

        @Override
        public String render(SessionExplanation explanation) {
            return JsonExplanation.render(explanation);
        }
    };

    /**
     * @param top how many matches per constraint and how many sessions to show (JSON always has all)
     */
    public abstract String render(ProgrammeExplanation explanation, int top);

    public abstract String render(SessionExplanation explanation);
}
