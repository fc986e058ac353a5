-- CSRF protection for cookie-authenticated writes (docs/web.md): each session has a
-- random token (256 bits, hex) that the browser reads from POST/GET /api/v1/session and
-- sends back as X-CSRF-Token. It is not a credential on its own (the session token
-- stays HttpOnly and is stored only as its SM3 hash), so it is kept as it is, which
-- lets any server process check it and GET /api/v1/session return it after a reload.
-- Sessions from before this migration get a token on their next GET /api/v1/session.
ALTER TABLE sessions ADD COLUMN csrf_token TEXT;
