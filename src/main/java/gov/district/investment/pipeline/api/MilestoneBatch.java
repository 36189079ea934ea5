package gov.district.investment.pipeline.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "MilestoneBatch", description = "The milestones one backward plan created, in step order.")
public record MilestoneBatch(List<MilestoneView> items) {
}
