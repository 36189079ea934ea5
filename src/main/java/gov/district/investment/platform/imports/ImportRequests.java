package gov.district.investment.platform.imports;

import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import gov.district.investment.platform.idempotency.Idempotency;

/**
 * An import endpoint's call, whichever context imports: the upload runs at most once per
 * Idempotency-Key, so a retried upload gets the first report back and creates nothing twice.
 * The request is compared by its mode and the file's digest, never by keeping the file.
 */
@ApplicationScoped
public class ImportRequests {

    private final Idempotency idempotency;

    public ImportRequests(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    public Response run(Upload upload, String mode, String idempotencyKey, String requestPath,
            BiFunction<Upload, String, ImportResult> importer) {
        return idempotency.execute(idempotencyKey, requestPath, upload.fingerprint(mode),
                () -> Response.ok(importer.apply(upload, mode)).build());
    }
}
