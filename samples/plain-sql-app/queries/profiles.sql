-- Profile and account screens. Forms post back the version they loaded.

SELECT p.user_id, p.bio, p.avatar_url, p.locale, p.timezone, p.version
  FROM user_profiles p
 WHERE p.user_id = ?;

SELECT c.id, c.email, c.display_name, c.phone, c.marketing_opt_in, c.version
  FROM customers c
 WHERE c.id = ? AND c.deleted_at IS NULL;

INSERT INTO user_profiles (user_id, locale, timezone)
VALUES (?, ?, ?);

-- Profile form: checked and bumped.
-- ok: update-without-version-check, version-not-incremented
UPDATE user_profiles
   SET bio = ?, avatar_url = ?, locale = ?, timezone = ?, version = version + 1
 WHERE user_id = ? AND version = ?;

-- Avatar upload writes back the very version it compared, so the next stale upload still matches.
-- ruleid: version-not-incremented
UPDATE user_profiles
   SET avatar_url = :avatarUrl, version = :version
 WHERE user_id = :userId AND version = :version;

-- "Import from social login" overwrites the whole profile whatever was edited meanwhile.
-- ruleid: upsert-without-guard
INSERT INTO user_profiles (user_id, bio, avatar_url, locale, version)
VALUES (?, ?, ?, ?, 0)
ON CONFLICT (user_id) DO UPDATE
   SET bio = EXCLUDED.bio,
       avatar_url = EXCLUDED.avatar_url,
       locale = EXCLUDED.locale,
       version = user_profiles.version + 1;

-- First visit creates defaults and never overwrites an existing profile.
-- ok: upsert-without-guard
INSERT INTO user_profiles (user_id, locale)
VALUES (?, 'en')
ON CONFLICT (user_id) DO NOTHING;

-- Account settings form.
-- ok: update-without-version-check
UPDATE customers
   SET display_name = ?, phone = ?, marketing_opt_in = ?, version = version + 1
 WHERE id = ? AND version = ?;

-- Email change compares with >=, which is no guard: any older form still matches.
-- ruleid: update-without-version-check
UPDATE customers
   SET email = ?, version = version + 1
 WHERE id = ? AND version >= ?;

-- Unsubscribe link: the unique email pins one row, and nothing checks the version.
-- ruleid: update-without-version-check
UPDATE customers SET marketing_opt_in = FALSE WHERE email = ?;

-- Sign-in bookkeeping only.
-- ok: update-without-version-check, side-effect-write-bumps-version
UPDATE customers SET last_login_at = now() WHERE id = ?;

-- The mobile app's "last seen" ping also bumps the version: every ping makes the support console's
-- open edit form stale.
-- ruleid: side-effect-write-bumps-version
UPDATE customers SET last_login_at = now(), version = version + 1 WHERE id = ?;
