import type { Brief, TopicResolution } from '../domain/brief-types.ts';

export type { TopicResolution } from '../domain/brief-types.ts';

/**
 * The briefs currently in service. Briefs with errors are not in it; a broken edit of
 * a brief that was good keeps the last good version in service.
 */
export interface BriefCatalog {
  list(): Brief[];
  get(slug: string): Brief | undefined;
  /** Finds a topic by slug, alias, title or a close typo. */
  resolve(query: string): TopicResolution;
  /** Called after a reload changed the catalog. Returns an unsubscribe function. */
  onChange(listener: (slugs: string[]) => void): () => void;
}
