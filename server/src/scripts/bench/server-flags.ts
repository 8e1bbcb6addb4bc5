/**
 * The V8 flags `npm start` runs the server with (package.json, `API_HEAP_MB` default): the old generation capped
 * at 256 MB, so the heap is collected before it grows far past what is live (about 160 MB resident at rest) instead
 * of growing to a share of the machine's memory; the default young generation, since compiled answers pass through
 * as text and leave few short-lived objects. Every contender of the benchmarks gets them, like for like.
 */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=256'];
