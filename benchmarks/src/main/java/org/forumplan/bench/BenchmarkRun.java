package org.forumplan.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One benchmark run as read back from its folder: Timefold's {@code plannerBenchmarkResult.xml} for the scores and
 * counts, and each solve's {@code BEST_SCORE.csv} statistic for the time to the first feasible schedule.
 *
 * @param rows one per dataset and configuration, in the report's order
 */
public record BenchmarkRun(Path folder, String suite, List<BenchmarkRow> rows) {

    private static final String RESULT_FILE = "plannerBenchmarkResult.xml";

    /**
     * @throws IllegalArgumentException when the folder is not a benchmark run
     */
    public static BenchmarkRun read(Path folder) {
        Path resultFile = folder.resolve(RESULT_FILE);
        if (!Files.isRegularFile(resultFile)) {
            throw new IllegalArgumentException(folder + " is not a benchmark run: it has no " + RESULT_FILE);
        }
        Document document = parse(resultFile);
        Element root = document.getDocumentElement();
        Map<String, String> datasetBySingle = new LinkedHashMap<>();
        for (Element problem : children(root, "unifiedProblemBenchmarkResult")) {
            String dataset = text(problem, "name");
            for (Element single : children(problem, "singleBenchmarkResult")) {
                datasetBySingle.put(single.getTextContent().trim(), dataset);
            }
        }
        List<BenchmarkRow> rows = new ArrayList<>();
        for (Element solver : children(root, "solverBenchmarkResult")) {
            String solverName = text(solver, "name");
            for (Element single : children(solver, "singleBenchmarkResult")) {
                String dataset = datasetBySingle.get(single.getAttribute("id"));
                String configuration = configurationOf(solverName, dataset);
                Element sub = children(single, "subSingleBenchmarkResult").get(0);
                if (!"true".equals(text(sub, "succeeded"))) {
                    continue;
                }
                long millis = Long.parseLong(text(sub, "timeMillisSpent"));
                long calculations = Long.parseLong(text(sub, "scoreCalculationCount"));
                rows.add(new BenchmarkRow(
                        dataset,
                        configuration,
                        HardMediumSoftLongScore.parseScore(text(sub, "score")),
                        timeToFeasible(
                                folder.resolve(dataset).resolve(solverName).resolve("sub0")),
                        millis == 0 ? 0 : calculations * 1000 / millis,
                        Duration.ofMillis(millis)));
            }
        }
        return new BenchmarkRun(folder, text(root, "name"), List.copyOf(rows));
    }

    /** The Benchmarker's name for one configuration fitted to one dataset (see {@link BenchmarkRunner}). */
    static String solverBenchmarkName(String configuration, String dataset) {
        return configuration + " (" + dataset + ")";
    }

    /** The configuration a solver benchmark ran; runs recorded before the fit named the configuration alone. */
    private static String configurationOf(String solverName, String dataset) {
        String suffix = solverBenchmarkName("", dataset);
        return solverName.endsWith(suffix)
                ? solverName.substring(0, solverName.length() - suffix.length())
                : solverName;
    }

    /** The best score's time when it first has no hard violation, from the BEST_SCORE statistic. */
    private static Duration timeToFeasible(Path statistics) {
        Path bestScores = statistics.resolve("BEST_SCORE.csv");
        if (!Files.isRegularFile(bestScores)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(bestScores)
                    .subList(1, Files.readAllLines(bestScores).size())) {
                String[] cells = line.split(",");
                HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(cells[1].replace("\"", ""));
                if (score.hardScore() >= 0) {
                    return Duration.ofMillis(Long.parseLong(cells[0]));
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
    }
}
