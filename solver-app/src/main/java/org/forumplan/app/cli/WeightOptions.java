package org.forumplan.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.forumplan.model.solver.ConstraintWeights;
import picocli.CommandLine.Option;

/** {@code --weight NAME=SCORE}, repeatable: constraint weights over a dataset's own {@code policy.weights}. */
public class WeightOptions {

    @Option(
            names = "--weight",
            paramLabel = "NAME=SCORE",
            description = "Override a constraint's weight, e.g. \"Topic clash=0hard/0medium/-20soft\";"
                    + " 0hard/0medium/0soft switches it off. Repeatable; wins over the dataset's policy.weights.")
    List<String> weights = new ArrayList<>();

    /** The weights, which the builder sets over the dataset's own, once. */
    ConstraintWeights parsed() {
        ConstraintWeights parsed = new ConstraintWeights();
        for (String weight : weights) {
            try {
                parsed.with(weight);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--weight: " + e.getMessage());
            }
        }
        return parsed;
    }
}
