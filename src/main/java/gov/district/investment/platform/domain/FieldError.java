package gov.district.investment.platform.domain;

/** One bad field, body property or parameter, as a problem's {@code errors} lists it. */
public record FieldError(String field, String message) {
}
