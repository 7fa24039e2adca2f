package org.forumplan.app.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.forumplan.model.io.DatasetJson;
import org.forumplan.model.io.DatasetReader;
import org.forumplan.model.problem.InvalidDatasetException;

/** The example forum {@code forumplan template} writes: one row in each sheet, every column used somewhere. */
public final class WorkbookTemplate {

    private static final String RESOURCE = "template.json";

    private WorkbookTemplate() {}

    public static DatasetJson example() {
        try (InputStream in = WorkbookTemplate.class.getResourceAsStream(RESOURCE)) {
            return new DatasetReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidDatasetException e) {
            throw new IllegalStateException("The shipped template is not a valid dataset: " + e.getMessage(), e);
        }
    }
}
