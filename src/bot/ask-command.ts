/**
 * `/brief ask <topic> <question>`. The first word is a topic when the catalog knows it (or it
 * is a close typo of one, which gets "Did you mean"); otherwise the whole text is the question
 * and goes to the thread's topic or the topic whose documents answer it best.
 */
import type { BriefCatalog } from '../content/brief-catalog.ts';
import { didYouMean, unknownTopic } from '../domain/messages/topic-replies.ts';
import { notice, type Message, type Reply } from '../domain/messages/message-model.ts';
import type { RouterCommand } from './router-types.ts';
import type { Answerer } from './answerer.ts';

const USAGE = 'ask <topic> <question>';

/** Words that open a question; never read as a mistyped topic. */
const QUESTION_WORDS = new Set([
  'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which', 'is', 'are', 'was', 'were', 'did', 'does', 'do',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'and', 'but', 'what’s', "what's", "who's", 'tell', 'any', 'the',
]);

/** A topic slug: lower-case words joined by dashes ("port-strike"). */
const SLUG_LIKE = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
/** A one-word slug ("storm"): a word typed in lower case. */
const WORD_SLUG_LIKE = /^[a-z][a-z0-9]{2,}$/;
/** Words besides QUESTION_WORDS that may open a question before its question word ("so who ...", "ok, what ..."): never a topic. */
const LEAD_INS = new Set(['also', 'btw', 'hey', 'hmm', 'just', 'now', 'okay', 'please', 'quick', 'quickly', 'right', 'then', 'well', 'yes', 'yeah', 'again', 'anyway', 'actually', 'sorry', 'thanks', 'say', 'ok', 'so']);

/** Answers to /brief ask are private, like every command reply; Share in channel posts them. */
function reply(message: Message): Reply {
  return { messages: [message], ephemeral: true };
}

function stripQuotes(s: string): string {
  const t = s.trim();
  const m = /^["“'‘](.*)["”'’]$/s.exec(t);
  return (m ? (m[1] as string) : t).trim();
}

export function createAskCommand(deps: { questions: Answerer; catalog: BriefCatalog }): RouterCommand<'ask'> {
  const { questions, catalog } = deps;
  return {
    kind: 'ask',
    usage: USAGE,
    description: 'Answer a question from a topic’s documents, quoting them (or say plainly that they do not say).',
    async handle(command, ctx) {
      if (command.topic !== undefined) {
        // Structured input (a Discord option, the Ask button) names the topic on its own.
        const res = catalog.resolve(command.topic);
        if (res.kind === 'suggest') return { messages: [didYouMean(command.topic, res.suggestion)], ephemeral: true };
        if (res.kind !== 'found') return { messages: [unknownTopic(command.topic, catalog.list(), 'Try /brief ask <topic> <question>, or ask without a topic.')], ephemeral: true };
        const question = stripQuotes(command.question);
        if (question === '') {
          return { messages: [notice('Ask a question', `What would you like to know about ${res.brief.title}? Ask with /brief ask ${res.brief.slug} <question>, or mention me in the brief's thread.`, 'error')], ephemeral: true };
        }
        const { message } = await questions.ask(question, ctx, { topic: res.brief.slug });
        return reply(message);
      }
      const text = command.question.trim();
      if (text === '') {
        const slugs = catalog.list().map((b) => b.slug);
        const topics = slugs.join(', ') || 'none yet';
        return { messages: [notice('Ask a question', `Usage: /brief ${USAGE}, e.g. /brief ask ${slugs[0] ?? '<topic>'} When did the talks begin? Topics: ${topics}.`, 'error')], ephemeral: true };
      }
      const space = text.search(/\s/);
      const first = space < 0 ? text : text.slice(0, space);
      const rest = space < 0 ? '' : text.slice(space + 1);
      const isQuestionWord = QUESTION_WORDS.has(first.toLowerCase());
      const res = isQuestionWord ? null : catalog.resolve(first);
      if (res?.kind === 'found') {
        if (stripQuotes(rest) === '') {
          return { messages: [notice('Ask a question', `What would you like to know about ${res.brief.title}? Usage: /brief ask ${res.brief.slug} <question>.`, 'error')], ephemeral: true };
        }
        const { message } = await questions.ask(stripQuotes(rest), ctx, { topic: res.brief.slug });
        return reply(message);
      }
      // "no-such-topic When ...", "nosuchtopic who ...": a slug followed by a question names a
      // topic that does not exist (a question does not open with a lower-case word before its
      // question word, but for a lead-in: "so who ...").
      const next = (rest.split(/\s+/, 1)[0] ?? '').toLowerCase().replace(/[?!.,:;]+$/, '');
      const namesTopic = SLUG_LIKE.test(first) || (WORD_SLUG_LIKE.test(first) && !isQuestionWord && !LEAD_INS.has(first));
      // "china-rusia-aid When ...", "strom who ...": a slug-like first word close to a topic is a typo, not part of the question.
      if (res?.kind === 'suggest' && rest !== '' && (/[-_]/.test(first) || (namesTopic && QUESTION_WORDS.has(next)))) return { messages: [didYouMean(first, res.suggestion)], ephemeral: true };
      if (res?.kind !== 'suggest' && namesTopic && QUESTION_WORDS.has(next)) {
        return { messages: [unknownTopic(first, catalog.list(), 'Try /brief ask <topic> <question>, or ask without a topic.')], ephemeral: true };
      }
      const { message } = await questions.ask(stripQuotes(text), ctx);
      return reply(message);
    },
  };
}
