package gov.district.investment.platform.domain;

/** The thing looked up does not exist (or is not visible to the caller). */
public final class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
