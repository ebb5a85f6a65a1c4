import { computeMapping, type MappingMessage, type MappingReply } from './mappingJob.ts';

/**
 * The claim mapping off the page's thread: on a long article a dry run
 * takes from tens of milliseconds (a word typed) to seconds (a rewrite),
 * which would freeze typing and scrolling.
 */
self.onmessage = (event: MessageEvent<MappingMessage>) => {
  const { id, request } = event.data;
  const reply: MappingReply = { id, effects: computeMapping(request) };
  self.postMessage(reply);
};
