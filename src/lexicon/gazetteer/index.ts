export type { Place, PlaceLayer, NameKind, NameRef } from './types.js';
export { Gazetteer, type NameMatch } from './gazetteer.js';
export { loadGazetteer, readGazetteer } from './load.js';
export { buildGazetteer, type BuildReport } from './build.js';
export { defaultGazetteerPath } from './paths.js';
