/** Delivers recaps to the terminal: the console adapter's DeliveryTarget. */
import type { DeliveryOptions, DeliveryTarget, PostedMessage } from '../../bot/contracts.ts';
import type { Message } from '../../domain/messages/message-model.ts';
import { renderForConsole } from './console-render.ts';

export class ConsoleDelivery implements DeliveryTarget {
  readonly platform = 'console' as const;
  private counter = 0;
  private readonly write: (text: string) => void;
  private readonly width: () => number;

  constructor(write: (text: string) => void, width: number | (() => number) = 0) {
    this.write = write;
    this.width = typeof width === 'function' ? width : () => width;
  }

  /** A terminal keeps no history to look in, so `options` (idempotency) are ignored. */
  async post(channelId: string, messages: Message[], _options?: DeliveryOptions): Promise<PostedMessage> {
    const id = `console-${Date.now()}-${++this.counter}`;
    for (const m of messages) this.write(renderForConsole(m, this.width()));
    return { messageId: id, channelId };
  }
}
