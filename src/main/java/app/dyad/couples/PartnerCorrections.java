package app.dyad.couples;

import app.dyad.audit.AuditAction;
import app.dyad.audit.AuditTrail;
import app.dyad.base.CommandValidator;
import app.dyad.base.EditConflictException;
import app.dyad.base.InvalidInputException;
import app.dyad.identity.AccountAdminService;
import app.dyad.identity.SignInState;
import app.dyad.identity.SignInStates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic admin corrects a partner's names and contact details (a typo at onboarding, a new phone). Admins only:
 * a counselor or client calling is refused by the role rule and the refusal is audited. One source of truth for a
 * partner with a login: a corrected name renames the login too; a corrected email changes the login's email only
 * while the person has not chosen a password, and is refused afterwards (see
 * {@link AccountAdminService#correctEmailBeforeFirstSignIn}). Never clinical text, in or out.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class PartnerCorrections {

    /** What a correction may hold per field, checked here so the message can say the limit. */
    private static final Map<String, Integer> LIMITS = Map.of(
            "firstName", PartnerDetails.NAME_MAX_LENGTH,
            "lastName", PartnerDetails.NAME_MAX_LENGTH,
            "preferredName", PartnerDetails.NAME_MAX_LENGTH,
            "pronouns", PartnerDetails.PRONOUNS_MAX_LENGTH,
            "email", PartnerDetails.EMAIL_MAX_LENGTH,
            "phone", PartnerDetails.PHONE_MAX_LENGTH);

    private static final Map<String, Function<PartnerDetails, @Nullable Object>> FIELDS = fields();

    private final CoupleRepository couples;
    private final PartnerRepository partners;
    private final AccountAdminService accountAdmin;
    private final SignInStates signInStates;
    private final AuditTrail audit;
    private final CommandValidator validator;

    PartnerCorrections(
            CoupleRepository couples,
            PartnerRepository partners,
            AccountAdminService accountAdmin,
            SignInStates signInStates,
            AuditTrail audit,
            CommandValidator validator) {
        this.couples = couples;
        this.partners = partners;
        this.accountAdmin = accountAdmin;
        this.signInStates = signInStates;
        this.audit = audit;
        this.validator = validator;
    }

    /** Both partners of a case with where their logins stand: names and contact details only. */
    @Transactional(readOnly = true)
    public List<PartnerView> partnersOf(long coupleId) {
        Couple couple = couples.findWithPartners(coupleId).orElseThrow(CaseNotAvailableException::new);
        return couple.partners().stream().map(this::view).toList();
    }

    /** Corrects a partner's names and contact details on the version the admin saw; audited with the fields changed. */
    @Transactional
    public PartnerView correctPartner(long coupleId, PartnerCorrection correction) {
        Partner partner = partners.findById(correction.partnerId())
                .filter(p -> p.couple().id() == coupleId)
                .orElseThrow(() -> {
                    audit.recordRefusal(
                            AuditAction.PARTNER_CORRECTED, coupleId, correction.partnerId(), "no such partner");
                    return new CaseNotAvailableException();
                });
        validate(correction.details());
        EditConflictException.check(correction.version(), partner.getVersion(), "partner " + partner.id());
        PartnerDetails before = partner.details();
        PartnerDetails after = correction.details().normalised();
        requireOwnEmail(partner, after.email());

        List<String> changed = changedFields(before, after);
        Long accountId = partner.accountId();
        boolean loginToo = false;
        if (accountId != null && !Objects.equals(before.email(), after.email())) {
            if (after.email() == null) {
                throw InvalidInputException.of("email", "couples.correct.email-needed");
            }
            accountAdmin.correctEmailBeforeFirstSignIn(accountId, after.email());
            loginToo = true;
        }
        if (accountId != null && !before.accountName().equals(after.accountName())) {
            accountAdmin.rename(accountId, after.accountName());
            loginToo = true;
        }
        partner.update(after);
        partners.flush();
        audit.recordChange(
                AuditAction.PARTNER_CORRECTED,
                coupleId,
                partner.id(),
                "fields: " + String.join(", ", changed) + (loginToo ? "; login updated too" : ""));
        return view(partner);
    }

    private PartnerView view(Partner partner) {
        Long accountId = partner.accountId();
        SignInState state =
                accountId == null ? null : signInStates.of(List.of(accountId)).get(accountId);
        return partner.view(state);
    }

    /** Every field's problem at once; a length says its limit (Bean Validation's message does not). */
    private void validate(PartnerDetails details) {
        Map<String, InvalidInputException.FieldMessage> errors = new LinkedHashMap<>();
        try {
            validator.validate(details);
        } catch (InvalidInputException invalid) {
            errors.putAll(invalid.fieldErrors());
        }
        LIMITS.forEach((field, max) -> {
            Object value = FIELDS.get(field).apply(details);
            if (value instanceof String text && text.strip().length() > max) {
                errors.put(field, new InvalidInputException.FieldMessage(InvalidInputException.TOO_LONG, max));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Each partner gets their own login, so the two emails of a couple differ, and no other account's is reused. */
    private void requireOwnEmail(Partner partner, @Nullable String email) {
        if (email == null || email.equals(partner.email())) {
            return;
        }
        boolean otherPartners =
                partner.couple().partners().stream().anyMatch(other -> other != partner && email.equals(other.email()));
        if (otherPartners) {
            throw InvalidInputException.of("email", "couples.same-email");
        }
        if (partner.accountId() == null
                && accountAdmin.findAccountByEmail(email).isPresent()) {
            throw InvalidInputException.of("email", "couples.email-in-use");
        }
    }

    /** The names of the fields that differ: the audit says what was corrected, never the values. */
    private static List<String> changedFields(PartnerDetails before, PartnerDetails after) {
        List<String> changed = new ArrayList<>();
        FIELDS.forEach((field, value) -> {
            if (!Objects.equals(value.apply(before), value.apply(after))) {
                changed.add(field);
            }
        });
        return changed;
    }

    private static Map<String, Function<PartnerDetails, @Nullable Object>> fields() {
        Map<String, Function<PartnerDetails, @Nullable Object>> fields = new LinkedHashMap<>();
        fields.put("firstName", PartnerDetails::firstName);
        fields.put("lastName", PartnerDetails::lastName);
        fields.put("preferredName", PartnerDetails::preferredName);
        fields.put("pronouns", PartnerDetails::pronouns);
        fields.put("email", PartnerDetails::email);
        fields.put("phone", PartnerDetails::phone);
        fields.put("dateOfBirth", PartnerDetails::dateOfBirth);
        return fields;
    }
}
