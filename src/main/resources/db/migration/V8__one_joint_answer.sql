-- A joint answer has no partner (partner_id is NULL), and a unique key never treats two NULLs as equal: two
-- partners starting the same joint answer at once could create two rows. The key now holds on the author as
-- written (0 for the couple's joint answer), so the second first-save fails and is shown as a conflict.
alter table response
    add column author_key bigint as (coalesce(partner_id, 0)) persistent,
    drop index uk_response_author,
    add constraint uk_response_author unique (assignment_id, author_key);
