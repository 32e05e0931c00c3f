// Generated from the catalogs in src/locales by scripts/build-data.mjs. Do not edit.
import type { Catalog } from '../i18n.js';
import { catalog as az } from './az.generated.js';
import { catalog as en } from './en.generated.js';
import { catalog as ru } from './ru.generated.js';

/** Every catalog, for servers that answer in any language. */
export const allCatalogs: readonly Catalog[] = [az, en, ru];
