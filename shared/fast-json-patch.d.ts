declare module 'fast-json-patch/index.mjs' {
  export * from 'fast-json-patch';
}
