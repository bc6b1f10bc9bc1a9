package app.dyad.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One of the clinic's own settings, as an admin set it. */
@Entity
@Table(name = "clinic_setting")
class ClinicSetting {

    static final String TWO_STEP_REQUIRED_FOR_STAFF = "two-step-required-for-staff";

    @Id
    private String name;

    @Version
    private long version;

    @Column(name = "setting_value", nullable = false)
    private String value;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ClinicSetting() {
        // for JPA
        this.name = "";
        this.value = "";
        this.changedAt = Instant.EPOCH;
    }

    ClinicSetting(String name, String value, Instant changedAt) {
        this.name = name;
        this.value = value;
        this.changedAt = changedAt;
    }

    String value() {
        return value;
    }

    void change(String newValue, Instant now) {
        this.value = newValue;
        this.changedAt = now;
    }
}
