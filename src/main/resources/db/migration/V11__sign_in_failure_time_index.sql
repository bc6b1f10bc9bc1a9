-- The delete of failures older than a day (identity.SignInAttempts) had no index to use: it scanned and locked
-- every row of sign_in_failure, so two wrong passwords counted at once deadlocked on each other's new rows and one
-- of them was rolled back, uncounted. With the index the delete locks only the old rows it removes.
create index ix_sign_in_failure_time on sign_in_failure (failed_at);
