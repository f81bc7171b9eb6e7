/** The owner console's entry (`dist/console.js`): defines `<nps-console>`. The visitor's script never carries it. */
import './components/nps-console/nps-console.ts';
