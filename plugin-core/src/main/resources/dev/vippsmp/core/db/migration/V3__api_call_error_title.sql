-- The vendor's own title of an error answer (problem+json "title"), shown on the API dashboard beside the error
-- code and traceId. Null for successes and for failures without an answer (timeouts, refused connections). The
-- plugin cuts titles to this length and clears them of anything the request carried before writing them.
-- ${free_text} makes it utf8mb4 on MariaDB whatever the table's default: a title is free text, and a character the
-- column cannot hold would fail the whole batch of call records it is written with.
ALTER TABLE vipps_api_call ADD COLUMN error_title VARCHAR(200)${free_text};
