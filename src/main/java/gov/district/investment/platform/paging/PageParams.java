package gov.district.investment.platform.paging;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging and sorting query parameters every list endpoint takes ({@code @BeanParam}). */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
    public String size;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields, '-' for descending, e.g. -totalInvestment,name", example = "-updatedAt")
    public String sort;
}
