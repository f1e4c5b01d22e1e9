/** Entry of the script-tag bundle, `dist/cdn/langkah.js`. Import order matters: see jitless.ts. */
import './internal/jitless.js';
import './define.js';
