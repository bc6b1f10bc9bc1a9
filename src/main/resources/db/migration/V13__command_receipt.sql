-- One row per creating command (a session scheduled, homework assigned, an addendum signed), keyed by the id its
-- form drew once (base.CommandReceipts). Written in the creating transaction: a repeat of the same command - a
-- double-click, a resent request - hits the primary key, waits for the first to commit and returns its result
-- instead of creating a second row.

create table command_receipt (
    command_id char(36)      not null,
    kind       varchar(40)   not null,
    account_id bigint        not null,
    result     varchar(2000) null,
    created_at datetime(6)   not null,
    primary key (command_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
