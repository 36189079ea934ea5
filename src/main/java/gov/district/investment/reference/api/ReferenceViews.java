package gov.district.investment.reference.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** API models of the reference context. */
public final class ReferenceViews {

    private ReferenceViews() {
    }

    @Schema(name = "Industry")
    public record IndustryView(@Schema(example = "GLASS") String code, @Schema(example = "玻璃制造加工") String name) {
    }

    @Schema(name = "Area")
    public record AreaView(@Schema(example = "NORTH_INDUSTRIAL") String code,
            @Schema(example = "北部工业区") String name,
            @Schema(example = "PARK", enumeration = {
                    "ZONE", "PARK", "TOWN", "STREET" }) String kind,
            @Schema(example = "LINGANG", description = "The enclosing area, e.g. a park's zone") String parentCode){
    }

    @Schema(name = "Unit")
    public record UnitView(@Schema(example = "FGJ") String code, @Schema(example = "发改局") String name,
            @Schema(example = "BUREAU", enumeration = {
                    "BUREAU", "PARK_ADMIN", "TOWN" }) String kind){
    }

    @Schema(name = "EnumValue")
    public record EnumValue(@Schema(example = "CONSTRUCTION") String code, @Schema(example = "在建") String name) {
    }

    @Schema(name = "EnumType")
    public record EnumType(@Schema(example = "ProjectStage") String type, List<EnumValue> values) {
    }

    @Schema(name = "ReferenceList", description = "A reference list; never paged (it is short and changes only by migration).")
    public record Items<T>(List<T> items) {
    }
}
