package app.dyad.couples;

import app.dyad.audit.CoupleNames;
import app.dyad.base.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the audit trail couples' and partners' names, the same names the admin's couple list shows. Only
 * {@code AuditReview} (admin only) calls it, so it needs no role rule of its own.
 */
@Component
class CoupleNamesForAudit implements CoupleNames {

    private final CoupleRepository couples;
    private final PartnerRepository partners;

    CoupleNamesForAudit(CoupleRepository couples, PartnerRepository partners) {
        this.couples = couples;
        this.partners = partners;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> couplesNamed(String text, int limit) {
        String pattern = Paging.containsPattern(text);
        return pattern.isEmpty() ? List.of() : couples.idsNamed(pattern, PageRequest.of(0, limit, Sort.by("id")));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> coupleNames(Collection<Long> coupleIds) {
        return couples.findAllById(coupleIds).stream().collect(Collectors.toMap(Couple::id, Couple::caseName));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> partnerNames(Collection<Long> partnerIds) {
        return partners.findAllById(partnerIds).stream()
                .collect(Collectors.toMap(Partner::id, partner -> shownName(partner.details())));
    }

    private static String shownName(PartnerDetails details) {
        String called =
                details.preferredName() == null || details.preferredName().isBlank()
                        ? details.firstName()
                        : details.preferredName();
        return called + " " + details.lastName();
    }
}
