package gov.district.investment.platform.enums;

/** An API enum whose values carry the Chinese label front-ends display. */
public interface LabelledEnum {

    String name();

    String label();
}
