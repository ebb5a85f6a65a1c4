import type { BenchArticle } from '../store/workspace.ts';

/**
 * Who is where in the load, the same for every setup: client i is on node
 * i mod nodes (round-robin, as a load balancer spreads connections) and in
 * article ROOMS[i mod ROOMS.length], where the hot article takes every
 * other place and the others share the rest. The pattern's length
 * (2 × others + 1) shares no factor with 3, so every article has clients on
 * every node, and so do its writers. The first `writers` clients write,
 * each on its own slice of its article's claims (no two writers edit one
 * claim, so nothing conflicts and every change is a change).
 */
export interface Seat {
  node: number;
  /** Index into the plan's articles; 0 is the hot one. */
  room: number;
  /** Global writer number, or null for a client that only receives. */
  writer: number | null;
  claimIds: string[];
}

export interface Plan {
  articles: BenchArticle[];
  seats: Seat[];
  writers: number;
}

export function makePlan(articles: BenchArticle[], clients: number, writers: number, nodes: number): Plan {
  const others = articles.length - 1;
  const pattern = Array.from({ length: 2 * others + 1 }, (_, i) => (i % 2 === 0 ? 0 : (i + 1) / 2));
  if (nodes > 1 && gcd(pattern.length, nodes) !== 1) throw new Error(`${others} other articles on ${nodes} nodes would put an article's clients on one node`);
  const seats: Seat[] = Array.from({ length: clients }, (_, i) => ({ node: i % nodes, room: pattern[i % pattern.length]!, writer: i < writers ? i : null, claimIds: [] }));
  // Each article's claims are cut into as many slices as it has writers.
  articles.forEach((article, room) => {
    const mine = seats.filter((s) => s.writer !== null && s.room === room);
    const slice = Math.floor(article.claimIds.length / Math.max(1, mine.length));
    mine.forEach((s, j) => (s.claimIds = article.claimIds.slice(j * slice, (j + 1) * slice)));
  });
  return { articles, seats, writers };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
