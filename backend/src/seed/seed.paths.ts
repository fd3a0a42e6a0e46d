export { SEEDS_DIR } from '../paths.js';
