/** `node:module` for the browser bundle: `createRequire(...).resolve` only names files (see fs.ts). */
export function createRequire(_from: string) {
  const require = (id: string): never => {
    throw new Error(`require(${id}) is not available in the browser`);
  };
  require.resolve = (id: string) => id;
  return require;
}

export default { createRequire };
