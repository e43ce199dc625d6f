export * from './minhash.js';
export { dayRange, dayNumber, isoDay, rangesMeet, type DayRange } from './dates.js';
export { comparePlaces, distanceKm } from './places.js';
export { compareMentions, MIN_SUPPORT } from './compare.js';
export {
  MentionGraph,
  cannotLinkSet,
  clusterComponent,
  clusterMentions,
  mentionOrder,
  LONGEST_RANGE_DAYS,
  type EventCluster,
} from './cluster.js';
export { buildCanonical, canonicalId } from './merge.js';
