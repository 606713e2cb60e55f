-- The login's settings as an admin saved them; one row. Without it, vipps.login.* applies.
CREATE TABLE vipps_login_settings (
    id                INTEGER      NOT NULL PRIMARY KEY,
    enabled           BOOLEAN      NOT NULL,
    scopes            VARCHAR(200) NOT NULL,
    automatic_return  BOOLEAN      NOT NULL,
    create_customers  BOOLEAN      NOT NULL,
    environment       VARCHAR(20),
    version           BIGINT       NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    updated_by        VARCHAR(80)  NOT NULL
);
