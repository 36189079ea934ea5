package gov.district.investment.platform.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope every collection endpoint returns. */
@Schema(description = "One page of a list. page is 0-based.")
public record Page<T>(
        List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "137") long totalItems,
        @Schema(example = "7") int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, pages);
    }

    /** Pages a short list that is read whole (histories): same envelope as every other list. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return of(all.subList(from, to), request, all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R> map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
