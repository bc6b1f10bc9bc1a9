package app.dyad.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicSettingRepository extends JpaRepository<ClinicSetting, String> {}
