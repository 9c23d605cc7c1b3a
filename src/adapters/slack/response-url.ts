/**
 * Posts to an interaction's response_url over keep-alive node:http(s) agents. Same
 * contract as Bolt's `respond` (JSON POST, throws on a non-2xx answer), at a fraction of
 * the cost of a fetch per call, which matters because a long brief takes several posts.
 */
import { errorForHttpStatus } from '../kit/http-errors.ts';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { RespondArguments } from '@slack/bolt';
import { PlatformError, PlatformUnavailableError } from '../../domain/errors.ts';

const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 64 });
const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 64 });

/** Bodies serialised once per (frozen) message object: a brief's parts are sent again and again. */
const serialised = new WeakMap<object, string>();
function serialise(message: RespondArguments): string {
  if (!Object.isFrozen(message)) return JSON.stringify(message);
  let body = serialised.get(message);
  if (body === undefined) {
    body = JSON.stringify(message);
    serialised.set(message, body);
  }
  return body;
}

/** Posts one message to an interaction's response_url; rejects on a non-2xx answer. */
export type ResponsePoster = (message: string | RespondArguments) => Promise<void>;

export function responseUrlPoster(responseUrl: string, timeoutMs = 10_000): ResponsePoster {
  const url = new URL(responseUrl);
  const secure = url.protocol === 'https:';
  if (!secure && url.protocol !== 'http:') throw new PlatformError(`unsupported response_url protocol ${url.protocol}`);
  return (message: string | RespondArguments) =>
    new Promise<void>((resolve, reject) => {
      const body = typeof message === 'string' ? JSON.stringify({ text: message }) : serialise(message);
      const req = (secure ? httpsRequest : httpRequest)(
        url,
        { method: 'POST', agent: secure ? httpsAgent : httpAgent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: timeoutMs },
        (res) => {
          res.resume();
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve();
            else reject(errorForHttpStatus({ what: 'answering through response_url', platform: 'Slack', status, method: 'POST', url: `${url.origin}${url.pathname.replace(/\/[^/]+$/, '/…')}`, retryAfter: res.headers['retry-after'] }));
          });
        },
      );
      req.on('timeout', () => req.destroy(new PlatformUnavailableError('response_url timed out')));
      req.on('error', (err) => reject(err instanceof PlatformError || err instanceof PlatformUnavailableError ? err : new PlatformUnavailableError('response_url unreachable', { cause: err })));
      req.end(body);
    });
}
