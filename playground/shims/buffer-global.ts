/** Node's global `Buffer` for dependencies that use it without importing it (esbuild `inject`). */
export { Buffer } from 'buffer';
