/**
 * The 404 page is served by the web server in place of any missing URL, at any
 * depth, under any sub-path: its relative links (written as if the page were at
 * the archive root) only work for misses at the root. No relative or root URL
 * can reach the archive root from an unknown depth, so the page carries this
 * one small inline script (allowed by its hash in the 404 page's policy only):
 * it walks up the missing URL's folders, asks for the page's own stylesheet
 * (a content-hashed file name that exists only in this archive) under each,
 * and, at the first folder that has it, points every link and the stylesheet
 * there. Without JavaScript the page still reads (unstyled at depth) and says
 * where to go by hand.
 */
export const NOT_FOUND_SCRIPT = `(async()=>{const sheet=document.querySelector('link[rel=stylesheet]');if(!sheet)return;const asset=sheet.getAttribute('href');const dirs=location.pathname.split('/').slice(0,-1);for(let n=dirs.length;n>0;n--){const root=dirs.slice(0,n).join('/')+'/';let ok=false;try{ok=(await fetch(root+asset,{method:'HEAD',cache:'no-store'})).ok}catch{}if(!ok)continue;document.documentElement.dataset.archiveRoot=root;if(root+asset===new URL(sheet.href).pathname)return;for(const el of document.querySelectorAll('a[href],link[href]')){const href=el.getAttribute('href');if(href&&!/^([a-z]+:|#|\\/)/i.test(href))el.setAttribute('href',root+href)}return}})();`;
