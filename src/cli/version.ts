/** The version `keel --version` prints: package.json's, read at build time so a bundled CLI carries it. */
import packageJson from '../../package.json';

export const KEEL_VERSION: string = packageJson.version;
