-- The append-only audit trail. The application only ever INSERTs and SELECTs here; in production the
-- application's database account is granted nothing else on this table (see README).

create table audit_entry (
    id          bigint       not null auto_increment,
    occurred_at datetime(6)  not null,
    actor_id    bigint       null,
    actor_email varchar(254) null,
    actor_role  varchar(16)  null,
    action      varchar(48)  not null,
    couple_id   bigint       null,
    partner_id  bigint       null,
    outcome     varchar(16)  not null,
    detail      varchar(500) null,
    client_ip   varchar(45)  null,
    primary key (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One index per filter of the admin's audit view; each ends in time, the view's sort.
create index ix_audit_time on audit_entry (occurred_at);
create index ix_audit_actor on audit_entry (actor_email, occurred_at);
create index ix_audit_couple on audit_entry (couple_id, occurred_at);
create index ix_audit_action on audit_entry (action, occurred_at);
create index ix_audit_outcome on audit_entry (outcome, occurred_at);
