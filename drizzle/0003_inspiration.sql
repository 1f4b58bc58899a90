CREATE TABLE "inspiration_item_steps" (
	"item_id" uuid NOT NULL,
	"model_id" text NOT NULL,
	"aspect_id" text NOT NULL,
	"from_level" smallint NOT NULL,
	"to_level" smallint NOT NULL,
	CONSTRAINT "inspiration_item_steps_item_id_model_id_aspect_id_from_level_pk" PRIMARY KEY("item_id","model_id","aspect_id","from_level"),
	CONSTRAINT "inspiration_item_steps_order_ck" CHECK ("inspiration_item_steps"."from_level" >= 1 and "inspiration_item_steps"."to_level" > "inspiration_item_steps"."from_level")
);
--> statement-breakpoint
CREATE TABLE "inspiration_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"sectors" text[] DEFAULT '{}' NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"region" text,
	"language" text DEFAULT 'nl' NOT NULL,
	"licence" text NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"tag_text" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('werkwijzer_nl', werkwijzer_nl_words(title)), 'A') || setweight(to_tsvector('werkwijzer_nl', werkwijzer_nl_words(tag_text)), 'B') || setweight(to_tsvector('werkwijzer_nl', werkwijzer_nl_words(summary || ' ' || body)), 'C')) STORED,
	"views" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "inspiration_items_kind_ck" CHECK ("inspiration_items"."kind" in ('goed-voorbeeld','goede-aanpak','netwerkportret','kwaliteitskaart','tool','verdieping')),
	CONSTRAINT "inspiration_items_status_ck" CHECK ("inspiration_items"."status" in ('draft','submitted','in_review','published','archived')),
	CONSTRAINT "inspiration_items_visibility_ck" CHECK ("inspiration_items"."visibility" in ('public','members','organisation'))
);
--> statement-breakpoint
CREATE TABLE "inspiration_themes" (
	"id" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspiration_item_steps" ADD CONSTRAINT "inspiration_item_steps_item_id_inspiration_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."inspiration_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspiration_items" ADD CONSTRAINT "inspiration_items_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspiration_items" ADD CONSTRAINT "inspiration_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspiration_item_steps_aspect_idx" ON "inspiration_item_steps" USING btree ("model_id","aspect_id","from_level");--> statement-breakpoint
CREATE INDEX "inspiration_items_search_idx" ON "inspiration_items" USING gin ("search");--> statement-breakpoint
CREATE INDEX "inspiration_items_title_trgm_idx" ON "inspiration_items" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "inspiration_items_themes_idx" ON "inspiration_items" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "inspiration_items_published_idx" ON "inspiration_items" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "inspiration_items_status_idx" ON "inspiration_items" USING btree ("status","visibility");--> statement-breakpoint
CREATE INDEX "inspiration_items_organisation_idx" ON "inspiration_items" USING btree ("organisation_id");