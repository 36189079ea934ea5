package gov.district.investment.platform.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.hibernate.Session;

import gov.district.investment.platform.config.AppConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Streams a filtered list into a CSV or XLSX download: the rows are read by keyset (id above the
 * last one, {@link #BATCH} at a time) in one read-only transaction, the persistence context
 * cleared after each batch, so the heap holds one batch whatever the number of rows.
 */
@ApplicationScoped
public class Exporter {

    public static final int BATCH = 500;

    /** The next batch of rows after an id, in id order. */
    @FunctionalInterface
    public interface Batches<T> {
        List<T> after(long afterId, int size);
    }

    /**
     * What a service says a download holds (its rows under the caller's filter and row rules);
     * the resource turns it into the streamed response.
     */
    public record Table<T>(String fileBase, String sheetName, List<Column<T>> columns, Function<T, Long> id,
            Batches<T> batches) {
    }

    private final EntityManager em;
    private final int timeoutSeconds;

    public Exporter(EntityManager em, AppConfig config) {
        this.em = em;
        this.timeoutSeconds = Math.toIntExact(config.exports().transactionTimeout().toSeconds());
    }

    public <T> Response download(ExportFormat format, Table<T> table) {
        String fileBase = table.fileBase();
        String sheetName = table.sheetName();
        List<Column<T>> columns = table.columns();
        Function<T, Long> id = table.id();
        Batches<T> batches = table.batches();
        StreamingOutput body = out -> {
            try {
                QuarkusTransaction.requiringNew().timeout(timeoutSeconds).run(() -> {
                    em.unwrap(Session.class).setDefaultReadOnly(true);
                    try (TableWriter writer = TableWriter.open(format, out, sheetName,
                            columns.stream().map(Column::kind).toList(), columns.stream().map(Column::header).toList())) {
                        long after = 0;
                        while (true) {
                            List<T> batch = batches.after(after, BATCH);
                            for (T row : batch) {
                                List<Object> values = new ArrayList<>(columns.size());
                                for (Column<T> c : columns) {
                                    values.add(c.value().apply(row));
                                }
                                writer.row(values);
                            }
                            if (batch.size() < BATCH) {
                                break;
                            }
                            after = id.apply(batch.get(batch.size() - 1));
                            em.clear();
                        }
                        writer.finish();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
        String file = fileBase + "." + format.extension;
        return Response.ok(body, format.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileBase.replaceAll("[^A-Za-z0-9._-]", "_") + "."
                        + format.extension + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    /** A file holding only a header row: an import template. */
    public static Response template(ExportFormat format, String fileBase, String sheetName, List<String> headers) {
        StreamingOutput body = out -> {
            try (TableWriter writer = TableWriter.open(format, out, sheetName,
                    headers.stream().map(h -> Column.Kind.TEXT).toList(), headers)) {
                writer.finish();
            }
        };
        return Response.ok(body, format.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + fileBase + "." + format.extension + "\"")
                .build();
    }
}
