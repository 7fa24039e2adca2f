package org.forumplan.app.workbook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetMapper;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.io.PersonJson;
import org.forumplan.model.io.SessionJson;
import org.forumplan.model.problem.InvalidDatasetException;
import org.forumplan.model.problem.Problem;

/**
 * Proposals from a submission system's export added to a dataset: a CSV file, or a workbook's {@code Sessions} sheet,
 * with the {@code Sessions} columns and people named by name. Columns it does not know are left out with one warning
 * (such exports have many); a person not yet in the dataset is added with an id made from the name, so the same name
 * gives the same id.
 */
public final class ProposalIntake {

    /**
     * What the intake made: the merged document, and where its added sessions came from.
     *
     * @param added the ids of the sessions added or, with {@code replace}, replaced
     * @param newPeople the people added, id to name
     */
    public record Intake(
            DatasetJson merged,
            CellLocations locations,
            List<Problem> warnings,
            List<String> added,
            int replaced,
            Map<String, String> newPeople) {}

    private ProposalIntake() {}

    /**
     * @param replace whether a session whose id the dataset has already replaces it; otherwise that is an error
     * @throws InvalidDatasetException with every problem, at its cell
     */
    public static Intake addSessions(DatasetJson base, Path proposals, boolean replace)
            throws IOException, InvalidDatasetException {
        List<Problem> problems = new ArrayList<>();
        Table table = sessionsTable(proposals, problems);
        CellLocations locations = new CellLocations();
        WorkbookReader reader = new WorkbookReader(problems, locations);
        PeopleIndex people = new PeopleIndex();
        List<PersonJson> basePeople = base.people() == null ? List.of() : base.people();
        basePeople.forEach(person -> people.add(person.id(), person.name()));
        people.welcomeNewcomers();
        CellReader cells = new CellReader(people, problems);

        ObjectNode document = DatasetMapper.mapper().valueToTree(base);
        ArrayNode sessions = arrayField(document, "sessions");
        Map<String, Integer> indexById = new HashMap<>();
        List<SessionJson> baseSessions = base.sessions() == null ? List.of() : base.sessions();
        for (int i = 0; i < baseSessions.size(); i++) {
            indexById.put(baseSessions.get(i).id(), i);
        }
        List<String> added = new ArrayList<>();
        int replaced = 0;
        if (!table.rows().isEmpty()) {
            List<String> unknown = new ArrayList<>();
            Map<Integer, Column> columns =
                    reader.headers(ListSheet.SESSIONS, table.rows().get(0), unknown);
            if (!unknown.isEmpty()) {
                problems.add(Problem.warning(
                        CellRefs.of(table.name(), 0, 1),
                        "columns forumplan does not know, left out: " + String.join(", ", unknown)));
            }
            Integer idColumn = columns.entrySet().stream()
                    .filter(column -> column.getValue().field().equals("id"))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
            for (Table.Row row : table.rows().subList(1, table.rows().size())) {
                CellValue idCell = idColumn == null ? null : row.cells().get(idColumn);
                String id = idCell instanceof CellValue.Text text
                        ? text.text()
                        : idCell instanceof CellValue.Number number ? CellReader.plain(number.value()) : null;
                Integer existing = id == null ? null : indexById.get(id);
                if (existing != null && !replace) {
                    problems.add(Problem.error(
                            idCell.ref(),
                            "session \"%s\" is already in the dataset; --replace replaces it".formatted(id)));
                    continue;
                }
                int index = existing != null ? existing : sessions.size();
                ObjectNode session = reader.readRow(table, columns, row, "sessions[%d]".formatted(index), cells);
                if (existing != null) {
                    sessions.set(index, session);
                    replaced++;
                } else {
                    sessions.add(session);
                    if (id != null) {
                        indexById.put(id, index);
                    }
                }
                added.add(id);
            }
        }
        ArrayNode peopleNodes = arrayField(document, "people");
        people.newcomers()
                .forEach((id, name) -> peopleNodes.addObject().put("id", id).put("name", name));
        DatasetJson merged = null;
        try {
            merged = new DatasetReader().read(document);
        } catch (InvalidDatasetException e) {
            e.problems().stream().map(locations::locate).forEach(problems::add);
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new InvalidDatasetException(problems);
        }
        return new Intake(merged, locations, problems, added, replaced, people.newcomers());
    }

    private static ArrayNode arrayField(ObjectNode object, String name) {
        return object.get(name) instanceof ArrayNode array ? array : object.putArray(name);
    }

    /** A CSV file's one table, or a workbook's Sessions sheet (its first sheet when none is so named). */
    private static Table sessionsTable(Path proposals, List<Problem> problems)
            throws IOException, InvalidDatasetException {
        if (proposals.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return CsvTables.readFile(proposals);
        }
        List<Table> tables = XlsxTables.read(proposals, problems);
        return tables.stream()
                .filter(table -> table.name().equalsIgnoreCase(ListSheet.SESSIONS.sheetName()))
                .findFirst()
                .or(() -> tables.stream().findFirst())
                .orElseThrow(() -> new InvalidDatasetException(Problem.error("", "the workbook has no sheet")));
    }
}
