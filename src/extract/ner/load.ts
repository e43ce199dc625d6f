import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DataError, packageRoot } from '../../core/index.js';
import { parseModel, serializeModel, type NerModel } from './model.js';

// Re-exported for eval/events, which finds its gold data from here.
/** The model Marsad ships. */
export function defaultModelPath(): string {
  return join(packageRoot(), 'models', 'ner-ar.json.gz');
}

/** Writes a model as gzipped JSON (a `.gz` path) or plain JSON. */
export function saveNerModel(model: NerModel, path: string): number {
  const json = serializeModel(model);
  const bytes = path.endsWith('.gz') ? gzipSync(json, { level: 9 }) : Buffer.from(json, 'utf8');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return bytes.length;
}

const cache = new Map<string, NerModel>();

/** Reads a model written by saveNerModel; the shipped one when no path is given. Each file is read once per process. */
export function loadNerModel(path: string = defaultModelPath()): NerModel {
  const cached = cache.get(path);
  if (cached) return cached;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new DataError(`cannot read the NER model ${path}`, 'check the path, or train one with `marsad train-ner`', { cause: error });
  }
  // gzip's magic number, so a model can be stored compressed or not whatever its name.
  const json = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  const model = parseModel(json, path);
  cache.set(path, model);
  return model;
}
