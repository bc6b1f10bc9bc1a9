-- Failed sign-ins were kept under the email as typed, and people type passwords into that field. From now on a
-- typed text that is no account is kept only as a short hash; forget the raw ones recorded before.
delete from sign_in_failure where email not in (select email from user_account);
