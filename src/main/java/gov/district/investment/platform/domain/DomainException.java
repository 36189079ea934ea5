package gov.district.investment.platform.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule of the domain refused a lookup or a change. It carries the facts (the message, the
 * current state, what would be allowed), never an HTTP status: the one exception mapper decides how
 * each kind is answered. No stack trace: it is an answer, not a fault.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, RuleBroken, Conflict, IllegalTransition {

    private final Map<String, Object> facts = new LinkedHashMap<>();

    protected DomainException(String message) {
        super(message, null, false, false);
    }

    /** Adds a fact a caller can act on, such as the current stage or the allowed targets. */
    public DomainException with(String name, Object value) {
        facts.put(name, value);
        return this;
    }

    /** The facts in the order they were added. */
    public Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }
}
