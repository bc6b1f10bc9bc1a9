package app.dyad;

import app.dyad.base.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Every row a paged service call returns, page by page, for tests that must see them all. */
public final class Pages {

    private Pages() {}

    public static <T> List<T> all(Function<Pageable, List<T>> page) {
        List<T> rows = new ArrayList<>();
        for (int number = 0; ; number++) {
            List<T> next = page.apply(PageRequest.of(number, Paging.MAX_PAGE_SIZE));
            rows.addAll(next);
            if (next.size() < Paging.MAX_PAGE_SIZE) {
                return rows;
            }
        }
    }
}
