import type { Command } from 'commander';
import { defaultPlacesGoldPath, evaluatePlaces, formatPlacesScore, placesGoldLineSchema, type Geoparser } from '../../../eval/places/index.js';
import { analyze, defaultContext } from '../../pipeline/index.js';
import { registerDocumentEval } from './eval-documents.js';

/** The geoparser under evaluation is the pipeline through its places stage, exactly as `marsad analyze` runs it. */
export function buildGeoparser(): Geoparser {
  const context = defaultContext();
  return (text, publishedAt, documentId) => analyze({ text, publishedAt, documentId }, context, { through: 'places' }).analysis.places;
}

/** `marsad eval places [file]`: a subcommand of the `eval` group (see eval.ts). */
export function registerEvalPlaces(evalCommand: Command): void {
  registerDocumentEval(evalCommand, {
    name: 'places',
    description: 'score the geoparser on document-level gold: toponyms found, resolved (exact, 25 km, 161 km), false places',
    title: 'Places',
    defaultGold: defaultPlacesGoldPath(),
    schema: placesGoldLineSchema,
    examples: [
      'marsad eval places                                   # eval/gold/places-dev.jsonl over SaudiNewsNet',
      'marsad eval places my-gold.jsonl --corpus news=articles.jsonl.gz --verbose',
    ],
    evaluate: (file, corpora) => evaluatePlaces(file, corpora, buildGeoparser()),
    format: formatPlacesScore,
  });
}
