-- Failed sign-ins by client address, for the per-address ceiling (identity.SignInThrottle). Apart from
-- sign_in_failure because a successful sign-in clears an account's failures but not its address's. Rows older than
-- the ceiling's hour are deleted as new ones come in: the second index serves that delete.

create table sign_in_failure_by_ip (
    id        bigint      not null auto_increment,
    version   bigint      not null,
    client_ip varchar(45) not null,
    failed_at datetime(6) not null,
    primary key (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create index ix_sign_in_failure_by_ip_ip_time on sign_in_failure_by_ip (client_ip, failed_at);
create index ix_sign_in_failure_by_ip_time on sign_in_failure_by_ip (failed_at);
