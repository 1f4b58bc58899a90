-- Dutch full-text search, the same on PGlite and PostgreSQL: unaccent first (so "coordinator"
-- finds "coördinator"), then Dutch stemming. Trigrams give typo tolerance on titles and themes.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DO $$ BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'werkwijzer_nl') THEN
		CREATE TEXT SEARCH CONFIGURATION werkwijzer_nl (COPY = dutch);
		ALTER TEXT SEARCH CONFIGURATION werkwijzer_nl
			ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, dutch_stem;
	END IF;
END $$;--> statement-breakpoint
-- The Dutch stemmer leaves plurals on a vowel + s alone ("visitaties", "foto's"): drop that s
-- before stemming, in documents and queries alike.
CREATE OR REPLACE FUNCTION werkwijzer_nl_words(input text) RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	AS $$ SELECT regexp_replace(regexp_replace(coalesce(input, ''), '([[:alpha:]]{3,}ie)s\M', '\1', 'gi'), '([[:alpha:]]{2,}[aeiou])''s\M', '\1', 'gi') $$;
