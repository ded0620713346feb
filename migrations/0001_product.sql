CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`key_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`rate_per_minute` integer DEFAULT 600 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_key_hash_unique` ON `api_keys` (`key_hash`);--> statement-breakpoint
CREATE TABLE `classrooms` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`teacher_key_hash` text NOT NULL,
	`join_code` text NOT NULL,
	`exercises` text NOT NULL,
	`current` integer DEFAULT 0 NOT NULL,
	`webhook_url` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `classrooms_teacher_key_hash_unique` ON `classrooms` (`teacher_key_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `classrooms_join_code_unique` ON `classrooms` (`join_code`);--> statement-breakpoint
CREATE TABLE `exercises` (
	`id` text PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`owner_key_id` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `students` (
	`id` text PRIMARY KEY NOT NULL,
	`classroom_id` text NOT NULL,
	`name` text NOT NULL,
	`student_key_hash` text NOT NULL,
	`playground_id` text,
	`exercise_index` integer DEFAULT 0 NOT NULL,
	`last_result` text,
	`last_activity` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `students_student_key_hash_unique` ON `students` (`student_key_hash`);