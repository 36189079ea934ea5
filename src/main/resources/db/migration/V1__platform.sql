-- Platform tables shared by every bounded context: the audit trail's revisions and the
-- idempotency records that make POST retries safe. Portable between H2 (MODE=MySQL) and
-- MySQL 8 / MariaDB 10.11; utf8mb4 on the real server, collation utf8mb4_unicode_520_ci (the older
-- utf8mb4_unicode_ci weighs every character outside the BMP alike, so q= would match any rare
-- CJK character for any other).

CREATE TABLE revinfo (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    revtstmp    BIGINT       NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- One row per (caller, method and path, key). scope_hash is the SHA-256 of those three, so the
-- unique index stays small whatever the key's length; the database arbitrates concurrent replays.
CREATE TABLE idempotency_record (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    scope_hash        CHAR(64)     NOT NULL,
    idem_key          VARCHAR(255) NOT NULL,
    caller            VARCHAR(255) NOT NULL,
    request_path      VARCHAR(500) NOT NULL,
    request_hash      CHAR(64)     NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    response_status   INT,
    response_location VARCHAR(500),
    response_etag     VARCHAR(100),
    response_body     LONGTEXT,
    created_at        DATETIME(6)  NOT NULL,
    completed_at      DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uq_idempotency_scope UNIQUE (scope_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE INDEX ix_idempotency_created ON idempotency_record (created_at);
