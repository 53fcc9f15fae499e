import type { Report } from '../model/schema.ts';
import type { ReportBody } from '../text/blocks.ts';

/** One validated report file: its frontmatter, its Markdown body and the body parsed into the text model. */
export interface ReportEntry {
  /** Path relative to the project root, for messages. */
  file: string;
  data: Report;
  body: string;
  parsed: ReportBody;
}
