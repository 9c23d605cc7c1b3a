import type { Message } from '../../domain/messages/message-model.ts';
import { renderText } from '../../domain/messages/render-text.ts';

/** Renders a message for a terminal: plain text, control characters removed, a blank line after. */
export function renderForConsole(message: Message, width: number): string {
  return `${renderText(message, { format: 'plain', width })}\n`;
}
