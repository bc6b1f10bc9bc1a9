-- A counselor can send a submitted answer back for revision: it becomes a draft again and remembers why,
-- so its author sees the reason until they hand it in again.
alter table response
    add column returned_reason varchar(500) null,
    add column returned_at     datetime(6)  null;
