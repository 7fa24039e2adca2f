package org.forumplan.model.constraints;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The constraint catalogue as the Markdown table in the README; a test keeps the README equal to it. */
public final class CatalogueTable {

    private CatalogueTable() {}

    public static String markdown() {
        String header = "| # | name | level | default weight | penalises | per |\n|---|---|---|---|---|---|\n";
        return header
                + Stream.of(ForumConstraint.values())
                        .map(constraint -> "| %s | %s | %s | `%s` | %s | %s |"
                                .formatted(
                                        constraint.code(),
                                        constraint.constraintName(),
                                        constraint.level().label(),
                                        constraint.defaultWeightText(),
                                        constraint.penalises(),
                                        constraint.unit()))
                        .collect(Collectors.joining("\n"))
                + "\n";
    }
}
