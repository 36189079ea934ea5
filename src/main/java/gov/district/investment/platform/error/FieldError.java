package gov.district.investment.platform.error;

/** One bad field, body property or parameter of a request, as listed in a problem's {@code errors}. */
public record FieldError(String field, String message) {
}
