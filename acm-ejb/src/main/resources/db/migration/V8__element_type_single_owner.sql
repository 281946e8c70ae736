SET LOCAL lock_timeout = '10s';

-- An element type is supported by one participant only (ONAP refuses a second one): PRIME binds each element to the
-- participant of its type, so two owners would make the binding arbitrary. The runtime refuses such a registration
-- before writing; this index settles two first registrations that race on two runtime nodes.
CREATE UNIQUE INDEX uq_supported_element_type_owner
    ON participant_supported_element_type (type_name, type_version);
