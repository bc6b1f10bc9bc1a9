-- Several nodes (issue 16): which signed-in sessions of a person are still good, for every node to see. When a
-- person's sessions must end (deactivated, password reset or changed, second step set up or reset, sign-in email
-- changed) the node that did it adds one to the account's generation; every session remembers the generation it
-- was signed in under, and each node ends a session whose generation is older (identity.SessionRevocations, read
-- at most every few seconds per account). No row: generation 0, nothing ever revoked.
create table session_revocation (
    account_id bigint      not null,
    generation bigint      not null,
    revoked_at datetime(6) not null,
    primary key (account_id),
    constraint fk_session_revocation_account foreign key (account_id) references user_account (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
