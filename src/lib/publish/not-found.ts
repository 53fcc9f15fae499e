/**
 * The 404 page is served by the web server in place of any missing URL, at any depth, under any sub-path: its
 * relative links (written as if the page were at the archive root) only work for misses at the root, and no
 * URL written in the file can name the root of an unknown sub-path. So the page is self-contained (the build
 * inlines its styles and icon: self-contained.ts) and carries this one small inline script, allowed by its
 * hash in that page's policy only. The script finds the archive root by asking for a file that exists only in
 * this archive (the content-hashed stylesheet the build names in data-archive-probe) under candidate folders,
 * and points every relative link there.
 *
 * It stays on its own origin whatever the path: candidates are built from non-empty path segments (a
 * backslash counts as a separator, as browsers treat it), so none can start with "//" or "/\", and each URL
 * is checked against location.origin before it is requested; probes never follow redirects. It asks at most
 * NOT_FOUND_PROBES times however deep the path. It tries first the folder before a name the archive has at
 * its top (a locale code, _astro, pagefind) in the missing URL and in a same-origin referrer (one request,
 * which succeeds, for any miss inside the archive's tree), then the folders from the top of the site down
 * (the root mount needs one request at any depth). A server that answers misses with 200 (lighttpd's
 * error-handler-404) returns this page, not a stylesheet, so a probe counts only with a CSS Content-Type.
 * When no candidate holds the archive, the page says so and links the top of the site; its other relative links
 * (which would lead to another miss) become plain text and its search form goes.
 * Without JavaScript the page still reads and says where to go by hand.
 */
import { LOCALES } from '../i18n/locales.ts';

/** Most requests the 404 page makes to find the archive root. */
export const NOT_FOUND_PROBES = 10;

/** Names at the top of every archive build: where one appears in a URL, the archive root is the folder above it. */
export const ARCHIVE_TOP_NAMES = [...LOCALES.map((l) => l.code), '_astro', 'pagefind'];

export const NOT_FOUND_SCRIPT = `(async()=>{
const html=document.documentElement,probe=html.dataset.archiveProbe;if(!probe)return;
const top=${JSON.stringify(ARCHIVE_TOP_NAMES)},folders=p=>p.split(/[\\\\/]+/).filter(Boolean),candidates=[];
const add=dirs=>{if(candidates.length>=${NOT_FOUND_PROBES})return;const root='/'+dirs.map(d=>d+'/').join('');if(!candidates.includes(root))candidates.push(root)};
const relink=root=>{for(const el of document.querySelectorAll('a[href],link[href],form[action]')){const form=el.tagName==='FORM',at=form?'action':'href',v=el.getAttribute(at);if(!v||/^([a-z][a-z0-9+.-]*:|#|\\/)/i.test(v))continue;if(root!==null)el.setAttribute(at,root+v);else if(form)el.remove();else el.removeAttribute(at)}};
const here=folders(location.pathname).slice(0,-1);let from=[];
try{const r=new URL(document.referrer);if(r.origin===location.origin)from=folders(r.pathname)}catch{}
for(const dirs of [here,from])dirs.forEach((d,i)=>{if(top.includes(d))add(dirs.slice(0,i))});
for(let n=0;n<=here.length&&candidates.length<${NOT_FOUND_PROBES};n++)add(here.slice(0,n));
for(const root of candidates){
const url=new URL(root+probe,location.origin);if(url.origin!==location.origin)continue;
let found=false;try{const res=await fetch(url,{method:'HEAD',cache:'no-store',redirect:'manual'});found=res.ok&&/css/.test(res.headers.get('content-type')||'')}catch{}
if(!found)continue;html.dataset.archiveRoot=root;
relink(root);return}
html.dataset.archiveRoot='';relink(null);const lost=document.querySelector('[data-archive-lost]');if(lost){lost.hidden=false;for(const a of lost.querySelectorAll('a'))a.setAttribute('href','/')}
})();`;
