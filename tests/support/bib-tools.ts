/**
 * The reference tools researchers use, run on our downloads: pybtex (Debian python3-pybtex) formatting with the
 * classic "plain" style in strict mode, biber (Debian biber) validating against BibLaTeX's data model, and bibutils'
 * ris2xml (Debian bibutils) reading RIS. Each returns what the tool said, for the test to judge.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// pybtex is installed for Debian's Python; a python3 earlier on PATH (pyenv) may not have it.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function need(command: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  if (!found) throw new Error(`${command} is missing: install the Debian package ${debianPackage} (apt-get install ${debianPackage}).`);
}

function scratch(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'cite-')), name);
  writeFileSync(file, text);
  return file;
}

/** Formats every entry with pybtex's plain style; strict mode turns every warning into an error. */
export function pybtexPlain(bib: string): { entries: string[]; fields: Record<string, Record<string, string>> } {
  const script = `
import json, sys
from pybtex import errors
errors.strict = True
import pybtex.database
from pybtex.style.formatting.plain import Style
from pybtex.backends.plaintext import Backend
db = pybtex.database.parse_file(sys.argv[1], bib_format='bibtex')
entries = [e.text.render(Backend()) for e in Style().format_entries(db.entries.values())]
fields = {k: {f: str(v) for f, v in e.fields.items()} for k, e in db.entries.items()}
print(json.dumps({'entries': entries, 'fields': fields}, ensure_ascii=False))
`;
  const out = execFileSync(PYTHON, ['-c', script, scratch('cite.bib', bib)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out);
}

/** biber's data-model check; returns its WARN and ERROR lines (none for a valid file). */
export function biberValidate(bib: string): string[] {
  need('biber', 'biber');
  const file = scratch('cite.bib', bib);
  const run = spawnSync('biber', ['--tool', '--validate-datamodel', '--output-file', `${file}.out`, file], { encoding: 'utf8' });
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => /^(WARN|ERROR)/.test(l));
  if (run.status !== 0 && lines.length === 0) lines.push(`biber exited ${run.status}: ${run.stderr}`);
  return lines;
}

/** RIS read by bibutils' ris2xml into MODS XML. */
export function risToMods(ris: string): string {
  need('ris2xml', 'bibutils');
  const file = scratch('cite.ris', ris);
  return execFileSync('ris2xml', ['-un', '-nt', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}
