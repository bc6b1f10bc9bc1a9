-- Two-step sign-in (issue 13). A person's authenticator secret, sealed with AES-GCM under a key that lives outside
-- the database (DYAD_SECRET_KEY), so a copy of the database alone holds no usable secret. confirmed_at is null while
-- the person is still setting it up; last_used_step is the last time step (Unix time / 30 s) a code was accepted for,
-- so a code works once: a conditional update accepts only a later step, on every node at once.
create table second_factor (
    user_id        bigint         not null,
    version        bigint         not null,
    secret_sealed  varbinary(128) not null,
    created_at     datetime(6)    not null,
    confirmed_at   datetime(6)    null,
    last_used_step bigint         null,
    primary key (user_id),
    constraint fk_second_factor_user foreign key (user_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Ten recovery codes per enrolment, each usable once; only a SHA-256 of each is kept.
create table recovery_code (
    id        bigint      not null auto_increment,
    user_id   bigint      not null,
    code_hash char(64)    not null,
    used_at   datetime(6) null,
    primary key (id),
    constraint uk_recovery_code unique (user_id, code_hash),
    constraint fk_recovery_code_user foreign key (user_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The clinic's own settings, set by an admin; a missing row means the installation's default.
create table clinic_setting (
    name          varchar(64)  not null,
    version       bigint       not null,
    setting_value varchar(255) not null,
    changed_at    datetime(6)  not null,
    primary key (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
