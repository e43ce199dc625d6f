import type { PipelineContext } from '../pipeline/index.js';
import type { DocumentStore } from '../store/index.js';

/** What the routes read from: the store (read-only) and the pipeline's language data. */
export interface ServeDeps {
  store: DocumentStore;
  context: PipelineContext;
}
