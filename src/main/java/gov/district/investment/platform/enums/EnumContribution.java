package gov.district.investment.platform.enums;

import java.util.List;

/**
 * Each bounded context lists its API enums here so that {@code /api/v1/reference/enums} can
 * publish every value with its label without the reference context depending on the others.
 */
public interface EnumContribution {

    List<Class<? extends LabelledEnum>> enums();
}
