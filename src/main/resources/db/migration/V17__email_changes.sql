-- A change of sign-in address waiting for its confirmation link (sent to the new address, 24 hours): nothing changes
-- until the link is used. Only a SHA-256 of the token is stored, as for invitations.
create table email_change (
    id           bigint       not null auto_increment,
    version      bigint       not null,
    user_id      bigint       not null,
    new_email    varchar(254) not null,
    token_hash   char(64)     not null,
    created_at   datetime(6)  not null,
    expires_at   datetime(6)  not null,
    used_at      datetime(6)  null,
    revoked_at   datetime(6)  null,
    primary key (id),
    constraint uk_email_change_token_hash unique (token_hash),
    constraint fk_email_change_user foreign key (user_id) references user_account (id),
    key ix_email_change_open (user_id, used_at, revoked_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
