-- Accounts, one-time invitation links and failed sign-ins (for lockout).
-- utf8mb4_unicode_ci makes the unique email index case-insensitive, on top of lower-casing in code.

create table user_account (
    id              bigint       not null auto_increment,
    version         bigint       not null,
    email           varchar(254) not null,
    display_name    varchar(120) not null,
    role            varchar(16)  not null,
    status          varchar(16)  not null,
    password_hash   varchar(255) null,
    created_at      datetime(6)  not null,
    last_sign_in_at datetime(6)  null,
    locked_until    datetime(6)  null,
    primary key (id),
    constraint uk_user_account_email unique (email)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One index per sort the admin grid offers.
create index ix_user_account_display_name on user_account (display_name);
create index ix_user_account_role on user_account (role, display_name);
create index ix_user_account_status on user_account (status, display_name);
create index ix_user_account_last_sign_in on user_account (last_sign_in_at);

create table invitation (
    id         bigint      not null auto_increment,
    version    bigint      not null,
    user_id    bigint      not null,
    token_hash char(64)    not null,
    created_at datetime(6) not null,
    expires_at datetime(6) not null,
    used_at    datetime(6) null,
    revoked_at datetime(6) null,
    primary key (id),
    constraint uk_invitation_token_hash unique (token_hash),
    constraint fk_invitation_user foreign key (user_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table sign_in_failure (
    id        bigint       not null auto_increment,
    version   bigint       not null,
    email     varchar(254) not null,
    failed_at datetime(6)  not null,
    primary key (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_sign_in_failure_email_time on sign_in_failure (email, failed_at);
