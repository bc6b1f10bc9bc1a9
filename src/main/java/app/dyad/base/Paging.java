package app.dyad.base;

import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * How services accept a page from a view: never more than {@link #MAX_PAGE_SIZE} rows, never unpaged, sorted only
 * by properties that have an index, with ties broken by id so paging is stable. And how they turn a search box's
 * text into a LIKE pattern.
 */
public final class Paging {

    /** The most rows one call returns, whatever the caller asked for. */
    public static final int MAX_PAGE_SIZE = 200;

    private Paging() {}

    /**
     * The page asked for, at most {@link #MAX_PAGE_SIZE} rows, in this order. An unpaged request is refused rather
     * than cut short: a caller that needs every row must page, so it can never silently see only some.
     */
    public static Pageable clamp(Pageable pageable, Sort sort) {
        if (pageable.isUnpaged()) {
            throw new IllegalArgumentException("ask for a page of at most " + MAX_PAGE_SIZE + " rows");
        }
        return PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE_SIZE), sort);
    }

    /** The page asked for, at most {@link #MAX_PAGE_SIZE} rows, in the order the query states. */
    public static Pageable clamp(Pageable pageable) {
        return clamp(pageable, Sort.unsorted());
    }

    /**
     * The page asked for, sorted only by the {@code sortable} properties it names (else by {@code byDefault}),
     * then by id.
     */
    public static Pageable clamp(Pageable pageable, Set<String> sortable, String byDefault) {
        Sort sort = Sort.by(pageable.getSort().stream()
                .filter(o -> sortable.contains(o.getProperty()))
                .toList());
        return clamp(pageable, (sort.isUnsorted() ? Sort.by(byDefault) : sort).and(Sort.by("id")));
    }

    /** The search box's text as a lower-case LIKE pattern ({@code %text%}) with its wildcards removed; "" for none. */
    public static String containsPattern(String search) {
        String term = search.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "")
                .replace("%", "")
                .replace("_", "");
        return term.isEmpty() ? "" : "%" + term + "%";
    }
}
