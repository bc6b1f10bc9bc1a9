package app.dyad.identity;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the clinic requires two-step sign-in of its staff (counselors and admins), who can open every note of a
 * caseload. An admin sets it ({@link AccountAdminService}); until then the installation's default holds: on in
 * {@code prod}, off in the demo so that {@code ./mvnw} stays a two-click demo. Clients may always set it up.
 */
@Component
class TwoStepPolicy {

    private final ClinicSettingRepository settings;
    private final Clock clock;
    private final boolean requiredByDefault;

    TwoStepPolicy(
            ClinicSettingRepository settings,
            Clock clock,
            @Value("${dyad.two-step.required-for-staff:false}") boolean requiredByDefault) {
        this.settings = settings;
        this.clock = clock;
        this.requiredByDefault = requiredByDefault;
    }

    @Transactional(readOnly = true)
    boolean requiredForStaff() {
        return settings.findById(ClinicSetting.TWO_STEP_REQUIRED_FOR_STAFF)
                .map(setting -> Boolean.parseBoolean(setting.value()))
                .orElse(requiredByDefault);
    }

    boolean requiredFor(Role role) {
        return role != Role.CLIENT && requiredForStaff();
    }

    @Transactional
    void requireForStaff(boolean required) {
        String value = Boolean.toString(required);
        settings.findById(ClinicSetting.TWO_STEP_REQUIRED_FOR_STAFF)
                .ifPresentOrElse(
                        setting -> setting.change(value, clock.instant()),
                        () -> settings.save(
                                new ClinicSetting(ClinicSetting.TWO_STEP_REQUIRED_FOR_STAFF, value, clock.instant())));
    }
}
