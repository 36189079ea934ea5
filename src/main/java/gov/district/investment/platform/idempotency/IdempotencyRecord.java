package gov.district.investment.platform.idempotency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A POST's Idempotency-Key reservation and, once done, the response to replay. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    public enum State {
        IN_PROGRESS,
        COMPLETED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "scope_hash", nullable = false, length = 64, columnDefinition = "char(64)")
    public String scopeHash;

    @Column(name = "idem_key", nullable = false, length = 255)
    public String key;

    @Column(name = "caller", nullable = false, length = 255)
    public String caller;

    @Column(name = "request_path", nullable = false, length = 500)
    public String requestPath;

    @Column(name = "request_hash", nullable = false, length = 64, columnDefinition = "char(64)")
    public String requestHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    public State state;

    @Column(name = "response_status")
    public Integer responseStatus;

    @Column(name = "response_location", length = 500)
    public String responseLocation;

    @Column(name = "response_etag", length = 100)
    public String responseEtag;

    // longtext on MySQL; H2 reports it as varchar, which the String mapping also accepts
    @Column(name = "response_body", columnDefinition = "longtext")
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;
}
