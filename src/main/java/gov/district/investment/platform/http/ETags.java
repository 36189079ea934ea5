package gov.district.investment.platform.http;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** ETag headers derive from a resource's {@code version}; responses carrying one go through here. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, of(version)).build();
    }

    /** The answer to a PUT on a natural key: 201 with Location when it created, else 200. */
    public static Response upserted(boolean created, URI location, Object body, long version) {
        return created ? created(location, body, version) : ok(body, version);
    }

    public static Response created(URI location, Object body, long version) {
        return Response.created(location).entity(body).header(HttpHeaders.ETAG, of(version)).build();
    }
}
