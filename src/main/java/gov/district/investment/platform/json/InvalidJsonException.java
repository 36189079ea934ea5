package gov.district.investment.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Unchecked carrier of a Jackson failure that happened after the body was read (e.g. in a merge patch). */
public class InvalidJsonException extends RuntimeException {

    public InvalidJsonException(JsonProcessingException cause) {
        super(cause.getOriginalMessage(), cause, false, false);
    }

    @Override
    public synchronized JsonProcessingException getCause() {
        return (JsonProcessingException) super.getCause();
    }
}
