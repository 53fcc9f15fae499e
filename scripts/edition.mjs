#!/usr/bin/env node
/**
 * The edition of the content folder: `npm run edition` prints its hash and whether content/editions.yaml
 * records it. To publish an edition, add an entry there with that hash, the date and what changed.
 */
import { resolve } from 'node:path';
import { readEdition } from '../src/lib/publish/edition.ts';

const dir = resolve(process.env.ARCHIVE_CONTENT_DIR ?? 'content');
const edition = readEdition(dir);
console.log(edition.id);
if (!edition.date)
  console.error(
    `edition ${edition.id} is not in content/editions.yaml yet. Add:\n- edition: ${edition.id}\n  date: 'YYYY-MM-DD'\n  changes:\n    - What changed, in one sentence.`,
  );
