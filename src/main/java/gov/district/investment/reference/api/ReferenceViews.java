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

    // One named envelope per list (a generic one made SmallRye number them ReferenceList1..4). Never
    // paged: the lists are short and change only by migration.

    @Schema(name = "IndustryList", description = "The industries (行业); never paged.")
    public record IndustryList(List<IndustryView> items) {
    }

    @Schema(name = "AreaList", description = "The areas (parks, towns); never paged.")
    public record AreaList(List<AreaView> items) {
    }

    @Schema(name = "UnitList", description = "The responsible units (责任单位); never paged.")
    public record UnitList(List<UnitView> items) {
    }

    @Schema(name = "EnumList", description = "Every enum of the contract with its values' Chinese labels; never paged.")
    public record EnumList(List<EnumType> items) {
    }
}
