SET LOCAL lock_timeout = '10s';

-- A composition's instances are listed in (name, version, instance_id) order, a page at a time: this index gives the
-- order and, holding every column the page query reads, lets a deep page skip its OFFSET without fetching rows.
CREATE INDEX ix_instance_composition_page
    ON automation_composition_instance (composition_id, name, version, instance_id);
