package app.dyad.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** No caller gets more than a page of rows, nor sorts by a column without an index (ASVS 15.2.2). */
class PagingTest {

    @Test
    void aPageIsNeverLargerThanTheMaximum() {
        assertThat(Paging.clamp(PageRequest.of(3, 100_000)).getPageSize()).isEqualTo(Paging.MAX_PAGE_SIZE);
        assertThat(Paging.clamp(PageRequest.of(3, 100_000)).getPageNumber()).isEqualTo(3);
        assertThat(Paging.clamp(PageRequest.of(0, 20)).getPageSize()).isEqualTo(20);
    }

    @Test
    void everyRowAtOnceIsRefused() {
        assertThatThrownBy(() -> Paging.clamp(Pageable.unpaged())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyIndexedPropertiesSortAndIdBreaksTies() {
        Pageable asked = PageRequest.of(0, 20, Sort.by("presentingConcerns").and(Sort.by("name")));

        assertThat(Paging.clamp(asked, Set.of("name"), "createdAt").getSort()).isEqualTo(Sort.by("name", "id"));
        assertThat(Paging.clamp(PageRequest.of(0, 20, Sort.by("presentingConcerns")), Set.of("name"), "createdAt")
                        .getSort())
                .isEqualTo(Sort.by("createdAt", "id"));
    }

    @Test
    void searchTextCannotAddWildcards() {
        assertThat(Paging.containsPattern("  50%_off\\ ")).isEqualTo("%50off%");
        assertThat(Paging.containsPattern("%_")).isEmpty();
    }
}
