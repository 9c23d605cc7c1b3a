/**
 * Answers one interaction through the REST client of discord.js, with the rendered
 * payloads sent exactly as built (no builder round trip): the initial callback (reply
 * or defer), the edit of a deferred reply, follow-ups, and deleting the placeholder.
 */
import { Routes, type REST } from 'discord.js';
import type { DiscordPayload } from './render-discord.ts';

const REPLY = 4;
const DEFER = 5;

/** The message body as sent: never pings, `replied_user` included. */
export function wireBody(payload: DiscordPayload, flags?: number): Record<string, unknown> {
  return {
    ...(payload.content !== undefined ? { content: payload.content } : {}),
    embeds: payload.embeds,
    components: payload.components,
    allowed_mentions: { parse: [], replied_user: false },
    ...(flags ? { flags } : {}),
  };
}

export class InteractionResponder {
  /** True once the interaction got its callback (reply or defer). */
  acknowledged = false;

  constructor(
    private readonly rest: REST,
    private readonly applicationId: string,
    private readonly interactionId: string,
    private readonly token: string,
  ) {}

  /** Type 4. With `withResponse`, returns the id of the created message. */
  async reply(payload: DiscordPayload, flags: number | undefined, withResponse: boolean): Promise<string | undefined> {
    const res = (await this.rest.post(Routes.interactionCallback(this.interactionId, this.token), {
      body: { type: REPLY, data: wireBody(payload, flags) },
      auth: false,
      query: new URLSearchParams({ with_response: String(withResponse) }),
    })) as { resource?: { message?: { id?: string } } } | undefined;
    this.acknowledged = true;
    return res?.resource?.message?.id;
  }

  /** Type 5: "Briefbot is thinking…", answered later with editOriginal. */
  async defer(flags: number | undefined): Promise<void> {
    await this.rest.post(Routes.interactionCallback(this.interactionId, this.token), {
      body: { type: DEFER, ...(flags ? { data: { flags } } : {}) },
      auth: false,
    });
    this.acknowledged = true;
  }

  /** Edits the deferred reply in; returns its message id. */
  async editOriginal(payload: DiscordPayload): Promise<string> {
    const msg = (await this.rest.patch(Routes.webhookMessage(this.applicationId, this.token, '@original'), { body: wireBody(payload), auth: false })) as { id: string };
    return msg.id;
  }

  async followUp(payload: DiscordPayload, flags: number | undefined): Promise<string> {
    const msg = (await this.rest.post(Routes.webhook(this.applicationId, this.token), {
      body: wireBody(payload, flags),
      auth: false,
      query: new URLSearchParams({ wait: 'true' }),
    })) as { id: string };
    return msg.id;
  }

  async deleteOriginal(): Promise<void> {
    await this.rest.delete(Routes.webhookMessage(this.applicationId, this.token, '@original'), { auth: false });
  }
}
