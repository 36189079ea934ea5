package gov.district.investment.pipeline.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MilestoneBatch", description = "The milestones one backward plan created, in step order.")
public record MilestoneBatch(List<MilestoneView> items) {
}
