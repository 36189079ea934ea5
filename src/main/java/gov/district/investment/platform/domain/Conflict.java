package gov.district.investment.platform.domain;

/** The change contradicts the state the thing is in (already closed, already converted, still referred to). */
public final class Conflict extends DomainException {

    public Conflict(String message) {
        super(message);
    }
}
