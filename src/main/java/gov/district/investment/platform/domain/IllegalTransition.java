package gov.district.investment.platform.domain;

/** A state machine forbids the move; the facts name the current state and the allowed targets. */
public final class IllegalTransition extends DomainException {

    public IllegalTransition(String message) {
        super(message);
    }
}
