/**
 * Schema migrations, kept in code so the bot needs no migration files on disk.
 * Each migration is written once with Kysely's schema builder and runs on both dialects;
 * only the timestamp column type differs.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

function migrations(dialect: Dialect): Record<string, Migration> {
  const ts = dialect === 'postgres' ? sql`timestamptz` : sql`text`;
  return {
    '0001_initial': {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable('subscriptions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('platform', 'text', (c) => c.notNull())
          .addColumn('channel_id', 'text', (c) => c.notNull())
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('schedule', 'text', (c) => c.notNull())
          .addColumn('cron', 'text', (c) => c.notNull())
          .addColumn('timezone', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text')
          .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('command', 'config')`))
          .addColumn('created_at', ts, (c) => c.notNull())
          .addColumn('active_from', ts, (c) => c.notNull())
          .addUniqueConstraint('subscriptions_platform_channel_topic', ['platform', 'channel_id', 'topic'])
          .execute();

        await db.schema
          .createTable('deliveries')
          .addColumn('subscription_id', 'text', (c) => c.notNull())
          .addColumn('fire_at', ts, (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('claimed', 'posted', 'failed', 'skipped')`))
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('claimed_by', 'text')
          .addColumn('lease_expires_at', ts)
          .addColumn('last_error', 'text')
          .addColumn('message_id', 'text')
          .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_at', ts, (c) => c.notNull())
          .addColumn('updated_at', ts, (c) => c.notNull())
          .addPrimaryKeyConstraint('deliveries_pk', ['subscription_id', 'fire_at'])
          .execute();
        await db.schema.createIndex('deliveries_claimed_lease').on('deliveries').columns(['status', 'lease_expires_at']).execute();

        await db.schema
          .createTable('posted_versions')
          .addColumn('platform', 'text', (c) => c.notNull())
          .addColumn('channel_id', 'text', (c) => c.notNull())
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('version', 'text', (c) => c.notNull())
          .addColumn('snapshot', 'text', (c) => c.notNull())
          .addColumn('posted_at', ts, (c) => c.notNull())
          .addPrimaryKeyConstraint('posted_versions_pk', ['platform', 'channel_id', 'topic'])
          .execute();

        await db.schema
          .createTable('brief_versions')
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('version', 'text', (c) => c.notNull())
          .addColumn('snapshot', 'text', (c) => c.notNull())
          .addColumn('first_seen', ts, (c) => c.notNull())
          .addPrimaryKeyConstraint('brief_versions_pk', ['topic', 'version'])
          .execute();

        await db.schema
          .createTable('conversations')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('updated_at', ts, (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('inbound_events')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('claimed_at', ts, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('inbound_events_claimed_at').on('inbound_events').column('claimed_at').execute();
      },
      async down(db: Kysely<unknown>): Promise<void> {
        for (const table of ['inbound_events', 'conversations', 'brief_versions', 'posted_versions', 'deliveries', 'subscriptions']) {
          await db.schema.dropTable(table).ifExists().execute();
        }
      },
    },
    '0002_feeds': {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable('feed_polls')
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('url', 'text', (c) => c.notNull())
          .addColumn('etag', 'text')
          .addColumn('last_modified', 'text')
          .addColumn('last_poll_at', ts)
          .addColumn('last_status', 'text', (c) => c.check(sql`last_status in ('ok', 'not-modified', 'error', 'rate-limited')`))
          .addColumn('last_error', 'text')
          .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('next_poll_at', ts, (c) => c.notNull())
          .addColumn('lease_owner', 'text')
          .addColumn('lease_expires_at', ts)
          .addPrimaryKeyConstraint('feed_polls_pk', ['topic', 'url'])
          .execute();
        await db.schema
          .createTable('feed_items')
          .addColumn('topic', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('feed_url', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('claimed', 'added', 'skipped', 'failed')`))
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('claimed_by', 'text')
          .addColumn('lease_expires_at', ts)
          .addColumn('source_id', 'text')
          .addColumn('reason', 'text')
          .addColumn('first_seen', ts, (c) => c.notNull())
          .addColumn('updated_at', ts, (c) => c.notNull())
          .addPrimaryKeyConstraint('feed_items_pk', ['topic', 'key'])
          .execute();
        await db.schema.createIndex('feed_items_topic_feed').on('feed_items').columns(['topic', 'feed_url', 'status']).execute();
      },
      async down(db: Kysely<unknown>): Promise<void> {
        await db.schema.dropTable('feed_items').ifExists().execute();
        await db.schema.dropTable('feed_polls').ifExists().execute();
      },
    },
  };
}

export class InCodeMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(migrations(this.dialect));
  }
}
