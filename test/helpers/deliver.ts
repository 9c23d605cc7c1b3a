/**
 * Posts a recap through a delivery target and has the bot remember the topic of each
 * anchor, as the app wires the scheduler (Scheduler `onPosted` → `rememberThread`).
 */
import type { BriefbotCore } from '../../src/bot/briefbot-core.ts';
import type { DeliveryOptions, DeliveryTarget, PostedMessage } from '../../src/bot/contracts.ts';
import type { Message } from '../../src/domain/messages/message-model.ts';

export async function deliverAsScheduler(target: DeliveryTarget, core: Pick<BriefbotCore, 'rememberThread'>, channelId: string, messages: Message[], options?: DeliveryOptions): Promise<PostedMessage> {
  const posted = await target.post(channelId, messages, options);
  const topic = messages.find((m) => m.topic)?.topic;
  if (topic) for (const id of posted.anchors ?? [posted.messageId]) await core.rememberThread(target.platform, posted.channelId, id, topic);
  return posted;
}
