-- "Forgot your password?" requests, kept one hour to throttle them (identity.ResetRequestThrottle): per address (as
-- a SHA-256 of the normalised email, so the table never holds a typed address in the clear) and per client address
-- (an IPv6 client by its /64, as the sign-in ceiling counts it). Only requests within the limits are recorded.
create table password_reset_request (
    id           bigint      not null auto_increment,
    address_hash char(64)    not null,
    client_ip    varchar(45) null,
    requested_at datetime(6) not null,
    primary key (id),
    key ix_password_reset_request_address (address_hash, requested_at),
    key ix_password_reset_request_ip (client_ip, requested_at),
    key ix_password_reset_request_time (requested_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
