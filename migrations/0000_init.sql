CREATE TABLE `changes` (
	`cluster_id` text NOT NULL,
	`resource_version` integer NOT NULL,
	`type` text NOT NULL,
	`resource` text NOT NULL,
	`namespace` text NOT NULL,
	`name` text NOT NULL,
	`time` integer NOT NULL,
	`body` text NOT NULL,
	PRIMARY KEY(`cluster_id`, `resource_version`)
);
--> statement-breakpoint
CREATE TABLE `objects` (
	`cluster_id` text NOT NULL,
	`resource` text NOT NULL,
	`namespace` text NOT NULL,
	`name` text NOT NULL,
	`resource_version` integer NOT NULL,
	`body` text NOT NULL,
	PRIMARY KEY(`cluster_id`, `resource`, `namespace`, `name`)
);
--> statement-breakpoint
CREATE TABLE `playgrounds` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`template` text NOT NULL,
	`seed` integer NOT NULL,
	`edit_key_hash` text NOT NULL,
	`view_key_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`clock_sim` integer NOT NULL,
	`clock_anchor` integer NOT NULL,
	`clock_paused` integer DEFAULT false NOT NULL,
	`clock_speed` real DEFAULT 1 NOT NULL,
	`resource_version` integer DEFAULT 0 NOT NULL,
	`sim_state` text DEFAULT '{}' NOT NULL,
	`exercise` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `playgrounds_edit_key_hash_unique` ON `playgrounds` (`edit_key_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `playgrounds_view_key_hash_unique` ON `playgrounds` (`view_key_hash`);