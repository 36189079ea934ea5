package gov.district.investment.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;

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

    public static Response created(URI location, Object body, long version) {
        return Response.created(location).entity(body).header(HttpHeaders.ETAG, of(version)).build();
    }
}
