/** In-memory ConversationStore and InboundEventLog, for one-shot CLI use and tests. */
import type { ConversationState, ConversationStore, InboundEventLog } from './contracts.ts';

export class MemoryStateStore implements ConversationStore, InboundEventLog {
  private readonly conversations = new Map<string, ConversationState>();
  private readonly events = new Set<string>();

  async getConversation(key: string): Promise<ConversationState | null> {
    const s = this.conversations.get(key);
    return s ? structuredClone(s) : null;
  }

  async saveConversation(key: string, state: ConversationState): Promise<void> {
    this.conversations.set(key, structuredClone(state));
  }

  async claimEvent(key: string, _now: Date): Promise<boolean> {
    if (this.events.has(key)) return false;
    this.events.add(key);
    return true;
  }
}
