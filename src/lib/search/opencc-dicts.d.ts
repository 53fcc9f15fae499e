/** OpenCC's dictionaries as opencc-js ships them: "key value|key value|…". Used at build time only. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
