package gov.district.investment.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import gov.district.investment.platform.concurrency.DatabaseErrors;
import gov.district.investment.platform.config.AppConfig;
import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;
import gov.district.investment.platform.security.Caller;
import gov.district.investment.platform.time.BusinessClock;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Makes any POST safe to retry with an {@code Idempotency-Key} header, scoped to the caller and
 * the request path. The first request reserves the key (a unique index arbitrates races); a
 * replay of a finished request gets the first response again, a replay with another body 422,
 * and a replay while the first still runs 409 with Retry-After. Only successful responses are
 * kept: after a failure the key is released so the client can retry for real.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final Caller caller;
    private final BusinessClock clock;
    private final AppConfig.Idempotency config;
    private final ObjectMapper responseMapper;
    /** Canonical form of request bodies: key order must not make two equal requests differ. */
    private final ObjectMapper canonicalMapper;

    public Idempotency(Caller caller, BusinessClock clock, AppConfig config, ObjectMapper mapper) {
        this.caller = caller;
        this.clock = clock;
        this.config = config.idempotency();
        this.responseMapper = mapper;
        this.canonicalMapper = JsonMapper.builder()
                .findAndAddModules()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /**
     * Runs {@code action} at most once per key.
     *
     * @param key the Idempotency-Key header, or null for a plain POST
     * @param requestPath the request's path (the key's scope together with the caller)
     * @param request the parsed request body (compared by its canonical JSON)
     */
    public Response execute(String key, String requestPath, Object request, Supplier<Response> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badParameter(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String actor = caller.actor();
        String scope = sha256(actor + '\n' + "POST " + requestPath + '\n' + key);
        String requestHash = sha256(canonical(request));

        Long reservation = reserve(scope, key, actor, requestPath, requestHash);
        if (reservation == null) {
            Outcome outcome = inspect(scope, requestHash);
            if (outcome.kind() != Kind.GONE) {
                return answer(outcome);
            }
            // the old record expired or was abandoned and has been removed: take the key now
            reservation = reserve(scope, key, actor, requestPath, requestHash);
            if (reservation == null) {
                return answer(inspect(scope, requestHash));
            }
        }
        Response response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            release(reservation);
            throw e;
        }
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            complete(reservation, response);
        } else {
            release(reservation);
        }
        return response;
    }

    /** @return the new record's id, or null when the key is already taken */
    private Long reserve(String scope, String key, String actor, String path, String requestHash) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                IdempotencyRecord record = new IdempotencyRecord();
                record.scopeHash = scope;
                record.key = key;
                record.caller = actor;
                record.requestPath = path;
                record.requestHash = requestHash;
                record.state = IdempotencyRecord.State.IN_PROGRESS;
                record.createdAt = clock.now();
                record.persistAndFlush();
                return record.id;
            });
        } catch (RuntimeException e) {
            if (DatabaseErrors.isConstraintViolation(e)) {
                return null;
            }
            throw e;
        }
    }

    private enum Kind {
        GONE,
        MISMATCH,
        IN_PROGRESS,
        DONE
    }

    private record Outcome(Kind kind, IdempotencyRecord record) {
    }

    /** Reads the record holding the key; expired or abandoned ones are removed (GONE). */
    private Outcome inspect(String scope, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            IdempotencyRecord record = IdempotencyRecord.find("scopeHash", scope).firstResult();
            if (record == null) {
                return new Outcome(Kind.GONE, null);
            }
            Instant now = clock.now();
            boolean expired = record.createdAt.plus(config.window()).isBefore(now);
            boolean abandoned = record.state == IdempotencyRecord.State.IN_PROGRESS
                    && record.createdAt.plus(config.abandonAfter()).isBefore(now);
            if (expired || abandoned) {
                record.delete();
                return new Outcome(Kind.GONE, null);
            }
            if (!record.requestHash.equals(requestHash)) {
                return new Outcome(Kind.MISMATCH, null);
            }
            return record.state == IdempotencyRecord.State.IN_PROGRESS
                    ? new Outcome(Kind.IN_PROGRESS, null)
                    : new Outcome(Kind.DONE, record);
        });
    }

    private Response answer(Outcome outcome) {
        switch (outcome.kind()) {
            case MISMATCH -> throw new ProblemException(ProblemType.IDEMPOTENCY_MISMATCH,
                    "This Idempotency-Key was used for a different request body; use a new key");
            case IN_PROGRESS, GONE -> throw new ProblemException(ProblemType.IDEMPOTENCY_IN_PROGRESS,
                    "The first request with this Idempotency-Key is still running; retry later")
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(config.retryAfterSeconds()));
            default -> {
                IdempotencyRecord record = outcome.record();
                Response.ResponseBuilder builder = Response.status(record.responseStatus).header(REPLAYED_HEADER, "true");
                if (record.responseBody != null) {
                    builder.entity(record.responseBody).type(MediaType.APPLICATION_JSON_TYPE);
                }
                if (record.responseLocation != null) {
                    builder.location(URI.create(record.responseLocation));
                }
                if (record.responseEtag != null) {
                    builder.header(HttpHeaders.ETAG, record.responseEtag);
                }
                return builder.build();
            }
        }
    }

    private void complete(Long id, Response response) {
        String body = response.hasEntity() ? json(response.getEntity()) : null;
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord record = IdempotencyRecord.findById(id);
            if (record != null) {
                record.state = IdempotencyRecord.State.COMPLETED;
                record.responseStatus = response.getStatus();
                record.responseBody = body;
                record.responseLocation = location;
                record.responseEtag = etag;
                record.completedAt = clock.now();
            }
        });
    }

    private void release(Long id) {
        QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.deleteById(id));
    }

    /** Drops records past the replay window; safe to run on every replica at once. */
    public long purgeExpired() {
        Instant cutoff = clock.now().minus(config.window());
        return QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.delete("createdAt < ?1", cutoff));
    }

    private String canonical(Object request) {
        try {
            return request == null ? "" : canonicalMapper.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Request body cannot be rendered as JSON", e);
        }
    }

    private String json(Object entity) {
        if (entity instanceof String s) {
            return s;
        }
        try {
            return responseMapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response body cannot be rendered as JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
