import { readdirSync, readFileSync } from 'node:fs';
import { simplifiedOnlyIn } from './src/lib/i18n/script.ts';
for (const [code, target] of [['zh-tw','tw'],['zh-hk','hk']] as const) {
  for (const f of readdirSync(`dist/${code}`, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(html|xml|json|bib)$/.test(f)) continue;
    let text = readFileSync(`dist/${code}/${f}`, 'utf8');
    text = text.replace(/<link [^>]*>/g,"").replace(/<(\w+)\b[^>]*\slang="zh-Hans"[^>]*>[\s\S]*?<\/\1>/g, '');
    const hits = simplifiedOnlyIn(text, target);
    if (hits.length) console.log(code, f, hits.length, hits.slice(0,5).join(' | '));
  }
}
