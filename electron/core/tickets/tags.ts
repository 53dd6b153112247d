import type { Sqlite } from '../db/connection';
import { stmt } from '../pricing/raw-context';

/** Replaces a ticket's tags (trimmed, each once); returns them sorted as stored. */
export function writeTags(sqlite: Sqlite, ticketId: string, tags: readonly string[]): string[] {
  const unique = [...new Set(tags.map((t) => t.trim()).filter(Boolean))].sort();
  stmt(sqlite, 'DELETE FROM ticket_tags WHERE ticket_id = ?').run(ticketId);
  const insert = stmt(sqlite, 'INSERT INTO ticket_tags (ticket_id, tag) VALUES (?, ?)');
  for (const tag of unique) insert.run(ticketId, tag);
  return unique;
}
