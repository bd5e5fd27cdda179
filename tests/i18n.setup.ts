// The UI strings of both languages, loaded before any test makes an i18next instance.
import { LANGS, loadBundle } from '../src/i18n';

await Promise.all(LANGS.map(loadBundle));
